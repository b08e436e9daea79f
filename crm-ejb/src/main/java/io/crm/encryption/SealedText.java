package io.crm.encryption;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A personal text column: sealed under the current key when written, opened when read. */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String clear) {
        return PiiKeys.ring().seal(clear);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return PiiKeys.ring().open(stored);
    }
}
