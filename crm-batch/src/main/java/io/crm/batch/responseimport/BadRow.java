package io.crm.batch.responseimport;

/** A row that cannot be taken: skipped and recorded with its line and reason. */
public class BadRow extends RuntimeException {

    private final long line;

    public BadRow(long line, String reason) {
        super(reason);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
