package io.crm.customer;

import io.crm.encryption.PiiKeys;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a customer's addresses in one column, as a JSON array sealed as one value: a customer still reads in a single
 * row, and no street or postal code is in clear in the database. An empty list is stored as null.
 */
@Converter
public class AddressListConverter implements AttributeConverter<List<Address>, String> {

    /** Looked up once: {@code Json.createX} searches the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(List<Address> addresses) {
        return addresses == null || addresses.isEmpty() ? null : PiiKeys.ring().seal(toJson(addresses));
    }

    @Override
    public List<Address> convertToEntityAttribute(String column) {
        String clear = PiiKeys.ring().open(column);
        return clear == null || clear.isEmpty() ? List.of() : fromJson(clear);
    }

    static String toJson(List<Address> addresses) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Address a : addresses) {
            JsonObjectBuilder o = JSON.createObjectBuilder();
            add(o, "kind", a.kind() == null ? null : a.kind().name());
            add(o, "country", a.country());
            add(o, "province", a.province());
            add(o, "city", a.city());
            add(o, "district", a.district());
            add(o, "street", a.street());
            add(o, "postalCode", a.postalCode());
            array.add(o);
        }
        return array.build().toString();
    }

    static List<Address> fromJson(String json) {
        JsonArray array;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            array = reader.readArray();
        }
        List<Address> addresses = new ArrayList<>(array.size());
        for (JsonObject o : array.getValuesAs(JsonObject.class)) {
            String kind = o.getString("kind", null);
            addresses.add(new Address(
                    kind == null ? null : AddressKind.valueOf(kind),
                    o.getString("country", null),
                    o.getString("province", null),
                    o.getString("city", null),
                    o.getString("district", null),
                    o.getString("street", null),
                    o.getString("postalCode", null)));
        }
        return List.copyOf(addresses);
    }

    private static void add(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }
}
