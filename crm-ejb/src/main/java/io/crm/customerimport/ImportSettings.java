package io.crm.customerimport;

import io.crm.customer.ImportPolicy;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an import's file is read and taken: the policy for matches, a dry run or not, what an empty cell means for an
 * update, the charset and delimiter, the header row as read, and the field each column fills (a column mapped to null
 * is left out).
 */
public record ImportSettings(
        ImportPolicy policy,
        boolean dryRun,
        BlankCells blankCells,
        String charset,
        char delimiter,
        List<String> header,
        Map<String, String> mapping)
        implements Serializable {

    public ImportSettings {
        header = List.copyOf(header);
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    }

    String headerJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        header.forEach(array::add);
        return array.build().toString();
    }

    String mappingJson() {
        JsonObjectBuilder object = Json.createObjectBuilder();
        mapping.forEach((column, field) -> {
            if (field == null) {
                object.addNull(column);
            } else {
                object.add(column, field);
            }
        });
        return object.build().toString();
    }

    static ImportSettings of(
            ImportPolicy policy,
            boolean dryRun,
            BlankCells blankCells,
            String charset,
            char delimiter,
            String header,
            String mapping) {
        List<String> columns = new ArrayList<>();
        Json.createReader(new StringReader(header)).readArray().forEach(v -> columns.add(((JsonString) v).getString()));
        Map<String, String> fields = new LinkedHashMap<>();
        JsonObject object = Json.createReader(new StringReader(mapping)).readObject();
        object.forEach((column, field) -> fields.put(
                column, field.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) field).getString()));
        return new ImportSettings(policy, dryRun, blankCells, charset, delimiter, columns, fields);
    }
}
