package io.crm.rest.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.customer.AddressKind;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class AddressJsonTest {

    @Test
    void theDocumentedKindsAreTheKindsThereAre() throws NoSuchFieldException {
        Schema kind = AddressJson.class.getDeclaredField("kind").getAnnotation(Schema.class);

        assertEquals(Arrays.stream(AddressKind.values()).map(Enum::name).toList(), List.of(kind.enumeration()));
    }
}
