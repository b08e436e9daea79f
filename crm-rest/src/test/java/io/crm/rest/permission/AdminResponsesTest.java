package io.crm.rest.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.directory.Team;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A team's JSON is what the API wrote before it had a schema: a top team still says "parentId": null. */
class AdminResponsesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void aTopTeamWritesItsMissingParentAndManagerAsNull() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("id", "east");
        before.put("name", "East");
        before.put("parentId", null);
        before.put("managerId", null);

        String typed = JSONB.toJson(new AdminResponses.Teams(List.of(new Team("east", "East", null, null))));

        assertEquals(JSONB.toJson(Map.of("items", List.of(before))), typed);
    }
}
