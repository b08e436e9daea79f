package io.crm.batch.export;

import io.crm.customer.ConsentChannel;
import io.crm.export.ExportFormat;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Turns customers, each as the REST API shows it (its JSON), into the text of an export file. NDJSON: that JSON, one
 * object per line. CSV: one column per field of that JSON, nested objects by dotted name ({@code rfm.totalSpend},
 * {@code consents.EMAIL}), then a column per custom field ({@code custom.<key>}, as the import reads them back), lists
 * of texts in one cell joined by {@code ;}, lists of objects (addresses) as their JSON array, absent values empty;
 * RFC 4180 quoting.
 */
final class ExportRows {

    /** The customer's fields in the order the API shows them. */
    static final List<String> CSV_COLUMNS = Stream.of(
                    Stream.of(
                            "id",
                            "type",
                            "name",
                            "phones",
                            "emails",
                            "wechatId",
                            "addresses",
                            "gender",
                            "birthday",
                            "occupation",
                            "region",
                            "city",
                            "source",
                            "tags",
                            "interests"),
                    Arrays.stream(ConsentChannel.values()).map(c -> "consents." + c.name()),
                    Stream.of(
                            "ownerId",
                            "teamId",
                            "tier",
                            "tierSetByHand",
                            "lifecycleStage",
                            "membershipLevel",
                            "rfm.recency",
                            "rfm.frequency",
                            "rfm.monetary",
                            "rfm.lastPurchaseAt",
                            "rfm.purchaseCount",
                            "rfm.totalSpend",
                            "piiMasked",
                            "createdAt",
                            "updatedAt"))
            .flatMap(s -> s)
            .toList();

    static final String SEPARATOR = ";";

    private ExportRows() {}

    /** What the file starts with: the CSV header row; nothing for NDJSON. */
    static String header(ExportFormat format) {
        return header(format, List.of());
    }

    /** The header with a column per custom field. */
    static String header(ExportFormat format, List<String> customKeys) {
        return format == ExportFormat.CSV ? csv(List.of(columns(customKeys))) : "";
    }

    static List<String> columns(List<String> customKeys) {
        List<String> columns = new ArrayList<>(CSV_COLUMNS);
        customKeys.forEach(k -> columns.add("custom." + k));
        return columns;
    }

    /** The rows of customers given as their JSON. */
    static String rows(ExportFormat format, List<String> customers) {
        return rows(format, customers, List.of());
    }

    /** The rows, with a cell per custom field. */
    static String rows(ExportFormat format, List<String> customers, List<String> customKeys) {
        if (format == ExportFormat.NDJSON) {
            return customers.stream().map(json -> json + "\n").collect(Collectors.joining());
        }
        List<List<String>> rows = new ArrayList<>(customers.size());
        List<String> columns = columns(customKeys);
        for (String json : customers) {
            rows.add(cells(Json.createReader(new StringReader(json)).readObject(), columns));
        }
        return csv(rows);
    }

    /** The CSV cells of one customer, in {@link #CSV_COLUMNS} order. */
    static List<String> cells(JsonObject customer) {
        return cells(customer, CSV_COLUMNS);
    }

    static List<String> cells(JsonObject customer, List<String> columns) {
        List<String> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
            JsonValue value = customer;
            for (String name : column.split("\\.")) {
                value = value instanceof JsonObject o ? o.get(name) : null;
            }
            cells.add(cell(value));
        }
        return cells;
    }

    private static String cell(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonArray array && array.stream().anyMatch(v -> v instanceof JsonObject)) {
            return array.toString(); // addresses: the JSON the import reads back
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(ExportRows::cell).collect(Collectors.joining(SEPARATOR));
        }
        return value.toString();
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}
