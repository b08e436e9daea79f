package io.crm.segment;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;

/** A segment as clients read it; a null owner means admin-owned (saved before segments had owners). */
public record SegmentView(
        long id,
        long version,
        String name,
        String description,
        JsonObject rules,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String ownerId) {

    static SegmentView of(Segment s) {
        JsonObject rules;
        try (var reader = JsonProvider.provider().createReader(new StringReader(s.rules()))) {
            rules = reader.readObject();
        }
        return new SegmentView(
                s.id(),
                s.version(),
                s.name(),
                s.description(),
                rules,
                s.createdBy(),
                s.createdAt().toInstant(),
                s.updatedAt().toInstant(),
                s.ownerId());
    }
}
