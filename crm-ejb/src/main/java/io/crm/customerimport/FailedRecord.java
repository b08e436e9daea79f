package io.crm.customerimport;

/** A row that could not be taken, as it was written (CSV text, without its line break), with the reason. */
public record FailedRecord(long line, String record, String field, String reason) {

    /** The reason with the field it is about, as the error file shows it. */
    public String explained() {
        return field == null ? reason : field + ": " + reason;
    }
}
