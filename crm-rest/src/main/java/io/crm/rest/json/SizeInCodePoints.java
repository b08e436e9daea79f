package io.crm.rest.json;

import io.crm.common.Text;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

/** {@code @Size} of a text in Unicode code points, the way a person (and JSON Schema) counts characters. */
public class SizeInCodePoints implements ConstraintValidator<Size, String> {

    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
        min = size.min();
        max = size.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int length = Text.length(value);
        return length >= min && length <= max;
    }
}
