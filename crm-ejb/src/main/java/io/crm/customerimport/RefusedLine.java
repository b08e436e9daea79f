package io.crm.customerimport;

/** A row refused before it reached the customers (a repeat of an earlier row of the file), with the row as written. */
public record RefusedLine(long line, String field, String reason, String record) {}
