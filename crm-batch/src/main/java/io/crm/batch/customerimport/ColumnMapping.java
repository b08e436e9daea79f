package io.crm.batch.customerimport;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.customer.ConsentChannel;
import io.crm.customerimport.BlankCells;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which customer field each column of an import fills, and a row as the JSON body POST /customers takes. A column
 * whose header is a field's name (any case) fills that field; {@code ?mapping=} names the field of the others, or
 * null to leave a column out. Lists (phones, emails, tags, interests) take several values in a cell separated by
 * {@code ;}, and several columns (a mobile and an office phone); addresses are a JSON array of address objects in one
 * cell (a single object is taken as a list of one), as the API and the export write them; consents are columns {@code consents.EMAIL} and the like, true or
 * false; custom fields are columns {@code custom.<key>} (a multi-enum takes several values separated by {@code ;}).
 * An empty cell leaves its field out (a merge patch then keeps the stored value), or, for an import that clears
 * blanks, sets it to null (the patch removes the stored value); a consent is never cleared.
 */
public final class ColumnMapping {

    /** Looked up once: {@code Json.createX} searches the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public enum Kind {
        TEXT,
        LIST,
        JSON,
        CONSENT,
        CUSTOM
    }

    /**
     * The column the error file adds with each row's reason: left out of an import unless mapped, so that the error
     * file, fixed, can be sent again as it is.
     */
    public static final String REASON = "reason";

    /** The writable fields of a customer (CustomerRequest's components, a test keeps the two together). */
    public static final Map<String, Kind> FIELDS = fields();

    private final List<String> header;
    private final String[] targets;
    /** The custom fields, each with whether a cell of it holds several values. */
    private final Map<String, Boolean> customFields;
    /** Whether an empty cell sets its field to null rather than leaving it out. */
    private final boolean clearBlanks;

    private ColumnMapping(
            List<String> header, String[] targets, Map<String, Boolean> customFields, boolean clearBlanks) {
        this.header = List.copyOf(header);
        this.targets = targets;
        this.customFields = Map.copyOf(customFields);
        this.clearBlanks = clearBlanks;
    }

    /**
     * The mapping of a header row, or a 400 listing every column that is no field's name and is not mapped, every
     * mapping that names no column or no field, and every field filled twice.
     */
    public static ColumnMapping of(
            List<String> header, Map<String, String> explicit, Map<String, Boolean> customFields) {
        List<Violation> violations = new ArrayList<>();
        explicit.forEach((column, field) -> {
            if (!header.contains(column)) {
                violations.add(new Violation("mapping." + column, "is not a column of the file's header " + header));
            } else if (field != null && target(field, customFields) == null) {
                violations.add(new Violation("mapping." + column, unknownField(field, customFields)));
            }
        });
        String[] targets = new String[header.size()];
        Map<String, String> filledBy = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String field;
            if (explicit.containsKey(column)) {
                field = explicit.get(column) == null ? null : target(explicit.get(column), customFields);
                if (field == null) {
                    continue;
                }
            } else if (column.equals(REASON)) {
                continue;
            } else {
                field = target(column, customFields);
                if (field == null) {
                    violations.add(new Violation(
                            "header",
                            (column.isBlank() ? "column " + (i + 1) + " has no name" : "column '" + column + "'")
                                    + " is no customer field: map it with ?mapping={\"" + column
                                    + "\": \"<field>\"}, or {\"" + column + "\": null} to leave it out. "
                                    + fieldNames(customFields)));
                    continue;
                }
            }
            String before = filledBy.putIfAbsent(field, column);
            if (before != null && kind(field) != Kind.LIST) {
                violations.add(
                        new Violation("header", "columns '" + before + "' and '" + column + "' both fill " + field));
            }
            targets[i] = field;
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ColumnMapping(header, targets, customFields, false);
    }

    /** A {@code ?mapping=} value: a JSON object of column names to field names (or null); a 400 otherwise. */
    public static Map<String, String> parse(String mappingParam) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (mappingParam == null || mappingParam.isBlank()) {
            return mapping;
        }
        JsonObject object;
        try {
            object = JSON.createReader(new StringReader(mappingParam)).readObject();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new InvalidInputException("mapping", "must be a JSON object of column names to field names");
        } catch (JsonException e) {
            throw new InvalidInputException("mapping", "must be a JSON object of column names to field names");
        }
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            if (e.getValue() instanceof JsonString s) {
                mapping.put(e.getKey(), s.getString());
            } else if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                mapping.put(e.getKey(), null);
            } else {
                throw new InvalidInputException("mapping." + e.getKey(), "must be a field name, or null");
            }
        }
        return mapping;
    }

    /** The field each column fills (null: left out), to be stored with the import. */
    public Map<String, String> resolved() {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            resolved.putIfAbsent(header.get(i), targets[i]);
        }
        return resolved;
    }

    /**
     * A stored mapping back (its header and the field of each column, as {@link #resolved} gave them), reading empty
     * cells as the import asked.
     */
    public static ColumnMapping stored(
            List<String> header, Map<String, String> resolved, Map<String, Boolean> customFields, BlankCells blanks) {
        String[] targets = new String[header.size()];
        for (int i = 0; i < header.size(); i++) {
            targets[i] = resolved.get(header.get(i));
        }
        return new ColumnMapping(header, targets, customFields, blanks == BlankCells.CLEAR);
    }

    /**
     * The row as the JSON body of a customer: only the fields its cells fill (and those its empty cells clear). A row with more cells than the header
     * has columns (cells that are not empty) is refused (400).
     */
    public JsonObject customer(List<String> cells) {
        for (int i = header.size(); i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                throw new InvalidInputException(
                        "row",
                        "has " + cells.size() + " cells, more than the " + header.size() + " columns of the header");
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<String, String> consents = new LinkedHashMap<>();
        Map<String, String> custom = new LinkedHashMap<>();
        Map<String, JsonValue> json = new LinkedHashMap<>();
        List<String> blanks = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            String field = targets[i];
            String cell = i < cells.size() ? cells.get(i).strip() : "";
            if (field == null) {
                continue;
            }
            if (cell.isEmpty()) {
                if (clearBlanks && kind(field) != Kind.CONSENT) {
                    blanks.add(field);
                }
                continue;
            }
            switch (kind(field)) {
                case TEXT -> texts.put(field, cell);
                case CUSTOM -> custom.put(field.substring("custom.".length()), cell);
                case LIST ->
                    Arrays.stream(cell.split(";"))
                            .map(String::strip)
                            .filter(v -> !v.isEmpty())
                            .forEach(v -> lists.computeIfAbsent(field, f -> new ArrayList<>())
                                    .add(v));
                case CONSENT -> consents.put(field.substring(field.indexOf('.') + 1), cell);
                case JSON -> json.put(field, jsonList(field, cell));
            }
        }
        JsonObjectBuilder body = JSON.createObjectBuilder();
        JsonObjectBuilder clearedCustom = JSON.createObjectBuilder();
        for (String field : blanks) {
            if (kind(field) == Kind.CUSTOM) {
                String key = field.substring("custom.".length());
                if (!custom.containsKey(key)) {
                    clearedCustom.addNull(key);
                }
            } else if (!texts.containsKey(field) && !json.containsKey(field) && !lists.containsKey(field)) {
                body.addNull(field); // another column of a list may fill it
            }
        }
        texts.forEach(body::add);
        json.forEach(body::add);
        lists.forEach((field, values) -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            values.forEach(array::add);
            body.add(field, array);
        });
        if (!consents.isEmpty()) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            consents.forEach((channel, value) -> {
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "y", "1", "是" -> object.add(channel, true);
                    case "false", "no", "n", "0", "否" -> object.add(channel, false);
                    default -> object.add(channel, value); // the reader answers its own type error
                }
            });
            body.add("consents", object);
        }
        if (!custom.isEmpty() || blanks.stream().anyMatch(f -> kind(f) == Kind.CUSTOM)) {
            JsonObjectBuilder object = clearedCustom;
            custom.forEach((key, cell) -> {
                if (Boolean.TRUE.equals(customFields.get(key))) {
                    JsonArrayBuilder values = JSON.createArrayBuilder();
                    Arrays.stream(cell.split(";"))
                            .map(String::strip)
                            .filter(v -> !v.isEmpty())
                            .forEach(values::add);
                    object.add(key, values);
                } else {
                    object.add(key, cell); // typed by the service, as a number, a date or a flag the field takes
                }
            });
            body.add("custom", object);
        }
        return body.build();
    }

    /**
     * A cell that holds JSON (addresses): an array of objects, or one object for a list of one; what is no JSON at all
     * is refused here (the reader checks the objects' fields and answers their errors as for the API).
     */
    private static JsonValue jsonList(String field, String cell) {
        JsonValue value;
        try {
            value = JSON.createReader(new StringReader(cell)).readValue();
        } catch (JsonException e) {
            throw new InvalidInputException(
                    field,
                    "must be a JSON array of addresses, such as [{\"kind\": \"HOME\", \"country\": \"CN\", "
                            + "\"city\": \"上海市\", \"street\": \"世纪大道100号\"}]");
        }
        return value instanceof JsonObject object
                ? JSON.createArrayBuilder().add(object).build()
                : value;
    }

    /** The field a header or a mapping names (exact, else in any case), or null when it names none. */
    static String target(String name, Map<String, Boolean> customFields) {
        String n = name.strip();
        if (FIELDS.containsKey(n) && FIELDS.get(n) != Kind.CONSENT && FIELDS.get(n) != Kind.CUSTOM) {
            return n;
        }
        for (String field : FIELDS.keySet()) {
            if (field.equalsIgnoreCase(n) && FIELDS.get(field) != Kind.CONSENT && FIELDS.get(field) != Kind.CUSTOM) {
                return field;
            }
        }
        int dot = n.indexOf('.');
        if (dot > 0 && n.substring(0, dot).equalsIgnoreCase("consents")) {
            String channel = n.substring(dot + 1).toUpperCase(Locale.ROOT);
            for (ConsentChannel c : ConsentChannel.values()) {
                if (c.name().equals(channel)) {
                    return "consents." + c.name();
                }
            }
        }
        if (dot > 0 && n.substring(0, dot).equalsIgnoreCase("custom")) {
            String key = n.substring(dot + 1).toLowerCase(Locale.ROOT);
            return customFields.containsKey(key) ? "custom." + key : null;
        }
        return null;
    }

    private static Kind kind(String field) {
        return FIELDS.get(field.startsWith("consents.") ? "consents" : field.startsWith("custom.") ? "custom" : field);
    }

    private static String unknownField(String field, Map<String, Boolean> customFields) {
        if (field.strip().toLowerCase(Locale.ROOT).startsWith("custom.")) {
            return "names no custom field. " + fieldNames(customFields);
        }
        return "is no customer field. " + fieldNames(customFields);
    }

    private static String fieldNames(Map<String, Boolean> customFields) {
        List<String> names = new ArrayList<>(FIELDS.keySet());
        names.remove("consents");
        names.remove("custom");
        names.add("consents.<"
                + String.join(
                        "|",
                        Arrays.stream(ConsentChannel.values()).map(Enum::name).toList()) + ">");
        customFields.keySet().forEach(key -> names.add("custom." + key));
        return "The fields: " + String.join(", ", names) + ".";
    }

    private static Map<String, Kind> fields() {
        Map<String, Kind> f = new LinkedHashMap<>();
        for (String text : List.of(
                "type",
                "name",
                "wechatId",
                "gender",
                "birthday",
                "occupation",
                "region",
                "city",
                "source",
                "ownerId",
                "teamId",
                "tier",
                "externalId")) {
            f.put(text, Kind.TEXT);
        }
        f.put("phones", Kind.LIST);
        f.put("emails", Kind.LIST);
        f.put("tags", Kind.LIST);
        f.put("interests", Kind.LIST);
        f.put("addresses", Kind.JSON);
        f.put("consents", Kind.CONSENT);
        f.put("custom", Kind.CUSTOM);
        return java.util.Collections.unmodifiableMap(f);
    }
}
