package io.crm.indexing;

import java.time.Instant;
import java.util.Set;

/**
 * The current state of one note or follow-up as the index holds it: its text in clear and with phone numbers and
 * emails masked, its filters, and the visibility of its customer (owner, team, shares).
 */
public record SearchDocument(
        SearchType type,
        long id,
        long customerId,
        String customerName,
        String authorId,
        String channel,
        String status,
        Instant createdAt,
        String text,
        String maskedText,
        String ownerId,
        String teamId,
        Set<String> shareUserIds,
        Set<String> shareTeamIds) {

    public SearchDocument {
        shareUserIds = Set.copyOf(shareUserIds);
        shareTeamIds = Set.copyOf(shareTeamIds);
    }

    public String key() {
        return key(type, id);
    }

    public static String key(SearchType type, long id) {
        return type + ":" + id;
    }
}
