package io.crm.customerimport;

/** A row that could not be taken: the line it starts on, the field at fault (when one is), and why. */
public record ImportRowError(long line, String field, String reason) {}
