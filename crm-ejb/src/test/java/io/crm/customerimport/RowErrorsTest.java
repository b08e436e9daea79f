package io.crm.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowErrorsTest {

    @Test
    void oneFieldAtFaultIsNamedOnceInTheErrorFile() {
        ImportRowError error =
                CustomerImports.describe(7, new InvalidInputException("phones[0]", "is not a phone number"));
        assertEquals("phones[0]", error.field());
        FailedRecord failed = new FailedRecord(7, "x", error.field(), error.reason());
        assertEquals("phones[0]: is not a phone number", failed.explained());
    }

    @Test
    void severalFieldsAtFaultAreEachNamedOnce() {
        ImportRowError error = CustomerImports.describe(
                9,
                new InvalidInputException(List.of(
                        new Violation("phones[0]", "is not a phone number"),
                        new Violation("emails[0]", "is not an email address"))));
        FailedRecord failed = new FailedRecord(9, "x", error.field(), error.reason());
        assertEquals("phones[0]: is not a phone number; emails[0]: is not an email address", failed.explained());
    }
}
