package io.crm.customerimport;

import jakarta.json.JsonObject;

/**
 * One data row of an import's file: the line it starts on (its identity within the import), the row as the JSON
 * body POST /customers would take (only the cells it fills), and the row as it was written, as CSV text, for the
 * error file.
 */
public record ImportLine(long line, JsonObject customer, String record) {}
