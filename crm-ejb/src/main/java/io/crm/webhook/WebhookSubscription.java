package io.crm.webhook;

import io.crm.encryption.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A host application's subscription: where to send which events, signed with its secret, as whose reader. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private long id;

    @Column(nullable = false)
    private String url;

    @Column(name = "event_types", nullable = false)
    private String eventTypes;

    @Column(name = "act_as", nullable = false)
    private String actAs;

    @Convert(converter = SealedText.class)
    @Column(nullable = false)
    private String secret;

    /** The secret before the last rotation, which signs beside the current one until {@link #previousSecretUntil}. */
    @Convert(converter = SealedText.class)
    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private OffsetDateTime previousSecretUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WebhookStatus status;

    @Column(name = "paused_reason")
    private String pausedReason;

    /** The first failed attempt since the last delivered one; null while deliveries go through. */
    @Column(name = "failing_since")
    private OffsetDateTime failingSince;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected WebhookSubscription() {}

    WebhookSubscription(WebhookData data, String secret, String createdBy, OffsetDateTime now) {
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(data, now);
    }

    void apply(WebhookData data, OffsetDateTime now) {
        url = data.url();
        eventTypes = data.events().stream().map(WebhookEventType::code).sorted().collect(Collectors.joining(","));
        actAs = data.actAs();
        WebhookStatus wanted = data.paused() ? WebhookStatus.PAUSED : WebhookStatus.ACTIVE;
        if (wanted != status) {
            status = wanted;
            pausedReason = data.paused() ? "paused by hand" : null;
            failingSince = null;
        }
        updatedAt = now;
    }

    WebhookData data() {
        return new WebhookData(url, events(), actAs, status == WebhookStatus.PAUSED);
    }

    List<WebhookEventType> events() {
        return Arrays.stream(eventTypes.split(","))
                .map(code -> WebhookEventType.fromCode(code).orElseThrow())
                .toList();
    }

    boolean wants(WebhookEventType type) {
        return Set.of(eventTypes.split(",")).contains(type.code());
    }

    /** A failed attempt: pauses the subscription once it has failed for {@code pauseAfter} without a success. */
    void failed(OffsetDateTime now, java.time.Duration pauseAfter) {
        if (failingSince == null) {
            failingSince = now;
        } else if (status == WebhookStatus.ACTIVE
                && !failingSince.plus(pauseAfter).isAfter(now)) {
            status = WebhookStatus.PAUSED;
            pausedReason = "every attempt failed since " + failingSince;
            updatedAt = now;
        }
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    String url() {
        return url;
    }

    String actAs() {
        return actAs;
    }

    /** The secrets each delivery is signed with now: the current one, and the previous one during its overlap. */
    List<String> signingSecrets(OffsetDateTime now) {
        return previousSecret != null && previousSecretUntil.isAfter(now)
                ? List.of(secret, previousSecret)
                : List.of(secret);
    }

    /** Signs with the new secret from now on, and with the current one beside it until {@code until} (if later). */
    void rotate(String newSecret, OffsetDateTime until, OffsetDateTime now) {
        boolean overlap = until.isAfter(now);
        previousSecret = overlap ? secret : null;
        previousSecretUntil = overlap ? until : null;
        secret = newSecret;
        updatedAt = now;
    }

    WebhookStatus status() {
        return status;
    }

    WebhookView view() {
        return new WebhookView(
                id,
                version,
                url,
                events().stream().map(WebhookEventType::code).toList(),
                actAs,
                status,
                pausedReason,
                failingSince == null ? null : failingSince.toInstant(),
                createdAt.toInstant(),
                createdBy,
                updatedAt.toInstant(),
                previousSecretUntil == null ? null : previousSecretUntil.toInstant());
    }
}
