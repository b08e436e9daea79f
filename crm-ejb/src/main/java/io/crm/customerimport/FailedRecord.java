package io.crm.customerimport;

/** A row that could not be taken, as it was written (CSV text, without its line break), with the reason. */
public record FailedRecord(long line, String record, String field, String reason) {

    /**
     * The reason with the field it is about, as the error file shows it; a reason that names its fields already
     * (several fields at fault) is shown as it is.
     */
    public String explained() {
        return field == null || reason.startsWith(field + ": ") ? reason : field + ": " + reason;
    }
}
