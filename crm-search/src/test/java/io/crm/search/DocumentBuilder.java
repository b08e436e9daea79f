package io.crm.search;

import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchType;
import io.crm.permission.PiiMasker;
import java.time.Instant;
import java.util.Set;

/** Builds the notes and follow-ups of the tests, masking phones and emails as the CRM does. */
public final class DocumentBuilder {

    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final SearchType type;
    private final long id;
    private long customerId = 1;
    private String customerName = "示例客户";
    private String authorId = "sales1";
    private String channel;
    private String status;
    private Instant createdAt;
    private String text = "";
    private String ownerId = "sales1";
    private String teamId;
    private Set<String> shareUserIds = Set.of();
    private Set<String> shareTeamIds = Set.of();

    private DocumentBuilder(SearchType type, long id) {
        this.type = type;
        this.id = id;
        this.createdAt = EPOCH.plusSeconds(60 * id);
        if (type == SearchType.FOLLOW_UP) {
            channel = "PHONE";
            status = "DONE";
        }
    }

    public static DocumentBuilder note(long id) {
        return new DocumentBuilder(SearchType.NOTE, id);
    }

    public static DocumentBuilder followUp(long id) {
        return new DocumentBuilder(SearchType.FOLLOW_UP, id);
    }

    public DocumentBuilder text(String clearText) {
        this.text = clearText;
        return this;
    }

    public DocumentBuilder customer(long id, String name) {
        this.customerId = id;
        this.customerName = name;
        return this;
    }

    public DocumentBuilder author(String authorId) {
        this.authorId = authorId;
        return this;
    }

    public DocumentBuilder channel(String channel) {
        this.channel = channel;
        return this;
    }

    public DocumentBuilder status(String status) {
        this.status = status;
        return this;
    }

    public DocumentBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public DocumentBuilder owner(String ownerId) {
        this.ownerId = ownerId;
        return this;
    }

    public DocumentBuilder team(String teamId) {
        this.teamId = teamId;
        return this;
    }

    public DocumentBuilder sharedWithUsers(String... users) {
        this.shareUserIds = Set.of(users);
        return this;
    }

    public DocumentBuilder sharedWithTeams(String... teams) {
        this.shareTeamIds = Set.of(teams);
        return this;
    }

    public SearchDocument build() {
        return new SearchDocument(
                type,
                id,
                customerId,
                customerName,
                authorId,
                channel,
                status,
                createdAt,
                text,
                PiiMasker.inText(text),
                ownerId,
                teamId,
                shareUserIds,
                shareTeamIds);
    }
}
