package io.crm.batch.responseimport;

import java.io.Serializable;
import java.time.Instant;

/** One data row of the CSV with its line number, its values read as given (null when missing). */
record CsvRow(long line, String token, String score, String comment, String respondedAt) implements Serializable {

    /** The row as typed values, ready to be taken. */
    record Checked(long line, String token, int score, String comment, Instant respondedAt) implements Serializable {}
}
