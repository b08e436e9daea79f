package io.crm.customer;

import io.crm.encryption.PiiKeys;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Keeps a short list of validated contact points (E.164 phones, email addresses, neither of which can contain
 * a line break) in one column, so that a customer reads in a single row; the column is sealed as one value.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : PiiKeys.ring().seal(String.join("\n", values));
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        String clear = PiiKeys.ring().open(column);
        return clear == null || clear.isEmpty() ? List.of() : List.of(clear.split("\n"));
    }
}
