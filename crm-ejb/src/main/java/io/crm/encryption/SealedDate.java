package io.crm.encryption;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/** A personal date (a birthday), sealed as its ISO text; nothing may compare or sort on it in the database. */
@Converter
public class SealedDate implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate clear) {
        return clear == null ? null : PiiKeys.ring().seal(clear.toString());
    }

    @Override
    public LocalDate convertToEntityAttribute(String stored) {
        return stored == null ? null : LocalDate.parse(PiiKeys.ring().open(stored));
    }
}
