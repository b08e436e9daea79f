package io.crm.common;

/**
 * What became of one item of a batch (interactions, customers, purchases sent in one call): stored now, stored before
 * (the same externalId: an interaction or a purchase sent again, a customer updated), or refused for the reason given;
 * a refusal of one does not affect the others. A refusal is a domain refusal, or, when an item written on its own
 * failed in the database (another request stored the same record at the same time), that failure.
 */
public record ItemOutcome<T>(T stored, boolean storedBefore, RuntimeException refusal) {

    public static <T> ItemOutcome<T> created(T stored) {
        return new ItemOutcome<>(stored, false, null);
    }

    public static <T> ItemOutcome<T> existing(T stored) {
        return new ItemOutcome<>(stored, true, null);
    }

    public static <T> ItemOutcome<T> refused(RuntimeException reason) {
        return new ItemOutcome<>(null, false, reason);
    }
}
