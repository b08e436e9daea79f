package io.crm.export;

import io.crm.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** The forms an export file takes: CSV with a header row, or one JSON object per line. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    NDJSON("application/x-ndjson", "ndjson");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format a client named ({@code csv}, {@code ndjson}); anything else is a 400 on {@code format}. */
    public static ExportFormat of(String name) {
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "format",
                        "must be one of "
                                + Arrays.stream(values()).map(f -> f.extension).toList()));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
