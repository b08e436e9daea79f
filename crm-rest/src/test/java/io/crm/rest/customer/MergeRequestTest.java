package io.crm.rest.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.rest.json.RequestReader;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeRequestTest {

    @Test
    void customFieldsAreChosenUnderCustomByKey() {
        MergeRequest request = RequestReader.read(
                Json.createReader(new StringReader("{\"duplicateId\": \"7\", \"fields\": {\"name\": \"duplicate\","
                                + " \"custom\": {\"shoe_size\": \"duplicate\", \"nick\": \"survivor\", \"odd\": 1}}}"))
                        .readObject(),
                MergeRequest.class);

        assertEquals(
                Map.of(
                        "name", "duplicate",
                        "custom.shoe_size", "duplicate",
                        "custom.nick", "survivor",
                        "custom.odd", "1"),
                request.choices());
    }
}
