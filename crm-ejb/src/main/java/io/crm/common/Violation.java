package io.crm.common;

/** One reason why a value was refused: the field path (as the client named it) and a message for a person. */
public record Violation(String field, String message) {}
