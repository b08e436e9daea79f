package io.crm.customerimport;

import java.time.Instant;

/**
 * An import as its requester follows it: how it is read, and the rows taken so far by outcome (for a dry run, what
 * it would create, update and skip). The job's state is not here: the batch runtime holds it.
 */
public record ImportView(
        long id,
        String requestedBy,
        ImportSettings settings,
        long bytes,
        Long totalRows,
        Long executionId,
        Instant createdAt,
        Counts counts) {

    /** Rows taken so far by outcome; {@code read} is their sum. */
    public record Counts(long read, long created, long updated, long skipped, long failed) {

        /** How much of the file is taken, 0 to 100 with one decimal, once its rows are counted (null before). */
        public Double percent(Long totalRows) {
            if (totalRows == null) {
                return null;
            }
            return totalRows == 0 ? 100.0 : Math.min(100.0, Math.floor(1000.0 * read / totalRows) / 10);
        }
    }

    static ImportView of(CustomerImport i, Counts counts) {
        return new ImportView(
                i.id(),
                i.requestedBy(),
                i.settings(),
                i.bytes(),
                i.totalRows(),
                i.executionId(),
                i.createdAt().toInstant(),
                counts);
    }
}
