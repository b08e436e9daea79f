package io.crm.rest.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.batch.customerimport.ColumnMapping;
import io.crm.rest.customer.CustomerRequest;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An import's columns are the customer's writable fields, no more and no fewer. */
class ImportColumnsTest {

    @Test
    void everyWritableFieldOfACustomerIsAColumnAnImportTakes() {
        Set<String> writable = Arrays.stream(CustomerRequest.class.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        assertEquals(writable, ColumnMapping.FIELDS.keySet());
    }
}
