package io.crm.rest.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The schema of the personal data export (GET /customers/{id}/personal-data), which the server writes as it reads
 * the database (io.crm.privacy.PersonalDataExport): every area of the customer's records, ids as strings, times as
 * ISO-8601 instants, amounts as strings. Only the OpenAPI document uses this class.
 */
@Schema(name = "PersonalData", description = "Everything the CRM holds about one person")
public class PersonalDataDocument {

    public String customerId;

    public Instant exportedAt;

    public String exportedBy;

    public Customer customer;

    public ContactPoints contactPoints;

    @Schema(type = SchemaType.ARRAY, implementation = String.class)
    public List<String> tags;

    @Schema(type = SchemaType.ARRAY, implementation = String.class)
    public List<String> interests;

    public Consents consents;

    @Schema(type = SchemaType.ARRAY, implementation = Purchase.class)
    public List<Purchase> purchases;

    @Schema(type = SchemaType.ARRAY, implementation = Note.class)
    public List<Note> notes;

    @Schema(type = SchemaType.ARRAY, implementation = FollowUp.class)
    public List<FollowUp> followUps;

    @Schema(type = SchemaType.ARRAY, implementation = SurveyInvitation.class)
    public List<SurveyInvitation> surveyInvitations;

    @Schema(type = SchemaType.ARRAY, implementation = SurveyResponse.class)
    public List<SurveyResponse> surveyResponses;

    @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)
    public List<HistoryEntry> tierAndStageHistory;

    @Schema(type = SchemaType.ARRAY, implementation = Share.class)
    public List<Share> shares;

    @Schema(type = SchemaType.ARRAY, implementation = PointsEntry.class)
    public List<PointsEntry> pointsEntries;

    @Schema(nullable = true)
    public PointsAccount pointsAccount;

    @Schema(nullable = true)
    public Privacy privacy;

    @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)
    public List<AuditEntry> auditEntries;

    /** The record (personal fields absent when empty). */
    @Schema(name = "PersonalDataCustomer", description = "The record (personal fields absent when empty)")
    public static class Customer {
        public String id;

        public String type;

        public String name;

        @Schema(nullable = true)
        public String gender;

        @Schema(nullable = true)
        public LocalDate birthday;

        @Schema(nullable = true)
        public String occupation;

        @Schema(nullable = true)
        public String region;

        @Schema(nullable = true)
        public String city;

        @Schema(nullable = true)
        public String source;

        public String ownerId;

        @Schema(nullable = true)
        public String teamId;

        public String tier;

        public boolean tierSetByHand;

        public String lifecycleStage;

        public int purchaseCount;

        public String totalSpend;

        @Schema(nullable = true)
        public Instant lastPurchaseAt;

        public Instant createdAt;

        public Instant updatedAt;
    }

    /** Phones (E.164), emails, WeChat id, addresses. */
    @Schema(name = "PersonalDataContactPoints", description = "Phones (E.164), emails, WeChat id, addresses (in clear)")
    public static class ContactPoints {
        @Schema(type = SchemaType.ARRAY, implementation = String.class)
        public List<String> phones;

        @Schema(type = SchemaType.ARRAY, implementation = String.class)
        public List<String> emails;

        @Schema(nullable = true)
        public String wechatId;

        @Schema(type = SchemaType.ARRAY, implementation = io.crm.rest.customer.AddressJson.class)
        public List<io.crm.rest.customer.AddressJson> addresses;
    }

    /** Consent per channel now, and every change. */
    @Schema(name = "PersonalDataConsents", description = "Consent per channel now, and every change")
    public static class Consents {
        @Schema(type = SchemaType.ARRAY, implementation = ConsentState.class)
        public List<ConsentState> channels;

        @Schema(type = SchemaType.ARRAY, implementation = ConsentChange.class)
        public List<ConsentChange> history;
    }

    /** A channel's consent now. */
    @Schema(name = "PersonalDataConsentState", description = "A channel's consent now")
    public static class ConsentState {
        public String channel;

        public boolean granted;

        @Schema(nullable = true)
        public Instant since;
    }

    /** One change of consent. */
    @Schema(name = "PersonalDataConsentChange", description = "One change of consent")
    public static class ConsentChange {
        public String id;

        public String channel;

        @Schema(nullable = true)
        public Boolean granted;

        public String source;

        public String changedBy;

        public Instant changedAt;
    }

    /** A purchase. */
    @Schema(name = "PersonalDataPurchase", description = "A purchase")
    public static class Purchase {
        public String id;

        public String amount;

        public String currency;

        public Instant occurredAt;

        @Schema(nullable = true)
        public String externalId;

        public Instant createdAt;
    }

    /** A note. */
    @Schema(name = "PersonalDataNote", description = "A note")
    public static class Note {
        public String id;

        public String authorId;

        public String text;

        public Instant createdAt;

        public Instant updatedAt;
    }

    /** A follow-up. */
    @Schema(name = "PersonalDataFollowUp", description = "A follow-up")
    public static class FollowUp {
        public String id;

        public String authorId;

        public String channel;

        public String content;

        @Schema(nullable = true)
        public String outcome;

        @Schema(nullable = true)
        public String nextStep;

        @Schema(nullable = true)
        public Instant dueAt;

        public String assigneeId;

        public String status;

        @Schema(nullable = true)
        public Instant completedAt;

        public Instant createdAt;

        public Instant updatedAt;
    }

    /** A survey invitation (its token is not exported). */
    @Schema(name = "PersonalDataSurveyInvitation", description = "A survey invitation (its token is not exported)")
    public static class SurveyInvitation {
        public String id;

        public String surveyId;

        public String channel;

        public String status;

        public Instant createdAt;

        public Instant expiresAt;

        @Schema(nullable = true)
        public Instant sentAt;

        @Schema(nullable = true)
        public Instant respondedAt;
    }

    /** A survey answer. */
    @Schema(name = "PersonalDataSurveyResponse", description = "A survey answer")
    public static class SurveyResponse {
        public String id;

        public String surveyId;

        public String invitationId;

        public int score;

        @Schema(nullable = true)
        public String comment;

        public String channel;

        public String source;

        public Instant respondedAt;
    }

    /** A tier or lifecycle-stage change. */
    @Schema(name = "PersonalDataHistoryEntry", description = "A tier or lifecycle-stage change")
    public static class HistoryEntry {
        public String id;

        public String field;

        @Schema(nullable = true)
        public String fromValue;

        public String toValue;

        public String source;

        public String changedBy;

        public Instant changedAt;
    }

    /** A share of the customer with a user or team. */
    @Schema(name = "PersonalDataShare", description = "A share of the customer with a user or team")
    public static class Share {
        public String id;

        @Schema(nullable = true)
        public String userId;

        @Schema(nullable = true)
        public String teamId;

        public String access;

        public String createdBy;

        public Instant createdAt;
    }

    /** An entry of the points ledger. */
    @Schema(name = "PersonalDataPointsEntry", description = "An entry of the points ledger")
    public static class PointsEntry {
        public String id;

        public String kind;

        public long points;

        public long balanceAfter;

        @Schema(nullable = true)
        public String reason;

        @Schema(nullable = true)
        public String reward;

        @Schema(nullable = true)
        public String purchaseId;

        @Schema(nullable = true)
        public LocalDate earnedOn;

        public String createdBy;

        public Instant createdAt;
    }

    /** The points balance. */
    @Schema(name = "PersonalDataPointsAccount", description = "The points balance")
    public static class PointsAccount {
        public long balance;

        public Instant updatedAt;
    }

    /** Legal hold and erasure. */
    @Schema(name = "PersonalDataPrivacy", description = "Legal hold and erasure")
    public static class Privacy {
        public boolean legalHold;

        @Schema(nullable = true)
        public String holdReason;

        @Schema(nullable = true)
        public String holdSetBy;

        @Schema(nullable = true)
        public Instant holdSetAt;

        @Schema(nullable = true)
        public Instant erasedAt;

        @Schema(nullable = true)
        public String erasedBy;

        @Schema(nullable = true)
        public String erasureReason;
    }

    /** An audit entry about the customer or one of its records. */
    @Schema(name = "PersonalDataAuditEntry", description = "An audit entry about the customer or one of its records")
    public static class AuditEntry {
        public String id;

        public Instant occurredAt;

        public String actor;

        public String action;

        public String entityType;

        public String entityId;

        @Schema(nullable = true, description = "The changed fields as JSON text, as the audit trail holds them")
        public String changes;

        @Schema(nullable = true)
        public String source;
    }
}
