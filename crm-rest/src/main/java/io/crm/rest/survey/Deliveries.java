package io.crm.rest.survey;

import io.crm.survey.GroupScore;
import io.crm.survey.InvitationView;
import io.crm.survey.NpsCalculator;
import io.crm.survey.ResponseView;
import io.crm.survey.SurveyImports;
import io.crm.survey.SurveyResults;
import io.crm.survey.SurveyType;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What surveys produce, as the API shows it: invitations for delivery and scores by group. */
public final class Deliveries {

    private Deliveries() {}

    @Schema(name = "Invitation")
    @JsonbPropertyOrder({
        "id",
        "surveyId",
        "dispatchId",
        "executionId",
        "customerId",
        "channel",
        "token",
        "status",
        "createdAt",
        "expiresAt",
        "sentAt",
        "respondedAt"
    })
    public static class Invitation {
        public final String id;
        public final String surveyId;
        public final String dispatchId;
        public final long executionId;
        public final String customerId;
        public final String channel;

        @Schema(description = "Single-use; put it in the link the customer answers by (POST /public/responses/{token})")
        public final String token;

        @Schema(enumeration = {"PENDING", "SENT", "RESPONDED", "EXPIRED"})
        public final String status;

        public final Instant createdAt;
        public final Instant expiresAt;
        public final Instant sentAt;
        public final Instant respondedAt;

        Invitation(InvitationView v) {
            id = Long.toString(v.id());
            surveyId = Long.toString(v.surveyId());
            dispatchId = Long.toString(v.dispatchId());
            executionId = v.executionId();
            customerId = Long.toString(v.customerId());
            channel = v.channel().name();
            token = v.token();
            status = v.status().name();
            createdAt = v.createdAt();
            expiresAt = v.expiresAt();
            sentAt = v.sentAt();
            respondedAt = v.respondedAt();
        }
    }

    @Schema(name = "InvitationPage")
    public static class InvitationPage {
        public List<Invitation> items;

        @Schema(nullable = true)
        public String next;
    }

    @Schema(name = "SurveyScores")
    public static class Scores {
        public final String type;

        @Schema(
                description =
                        "When the nps-scoring job computed them (absent before its first run); for a caller with a scope"
                                + " of their own, the moment they were computed over that scope")
        public final Instant computedAt;

        public final List<Score> items;

        @Schema(
                description =
                        "Groups left out because they hold fewer responses than the deployment's minimum (5 by default),"
                                + " for callers without customer:pii:read")
        public final int suppressedGroups;

        Scores(SurveyResults.Scores s) {
            type = s.type().name();
            computedAt = s.computedAt().map(OffsetDateTime::toInstant).orElse(null);
            items = s.items().stream()
                    .map(g -> new Score(g, s.type() == SurveyType.NPS))
                    .toList();
            suppressedGroups = s.suppressedGroups();
        }
    }

    /** One group's scores; the fields of the survey's type are set. */
    @Schema(name = "GroupScore")
    @JsonbPropertyOrder({
        "group",
        "responses",
        "promoters",
        "passives",
        "detractors",
        "nps",
        "satisfied",
        "csat",
        "ces",
        "easy"
    })
    public static class Score {
        @Schema(description = "A tier, stage, owner id, region, segment id or month (YYYY-MM)")
        public final String group;

        public final long responses;

        @Schema(description = "NPS: 9-10")
        public final Long promoters;

        @Schema(description = "NPS: 7-8")
        public final Long passives;

        @Schema(description = "NPS: 0-6")
        public final Long detractors;

        @Schema(description = "NPS: % promoters − % detractors, rounded half away from zero, −100..100")
        public final Integer nps;

        @Schema(description = "CSAT: responses of 4-5; CES: responses of 5-7")
        public final Long satisfied;

        @Schema(description = "CSAT: % of 4-5, one decimal")
        public final BigDecimal csat;

        @Schema(description = "CES: mean score, one decimal")
        public final BigDecimal ces;

        @Schema(description = "CES: % of 5-7, one decimal")
        public final BigDecimal easy;

        Score(GroupScore g, boolean nps) {
            NpsCalculator.Summary s = g.summary();
            group = g.group();
            responses = s.responses();
            promoters = nps ? s.promoters() : null;
            passives = nps ? s.passives() : null;
            detractors = nps ? s.detractors() : null;
            this.nps = s.nps();
            satisfied = nps ? null : s.satisfied();
            csat = s.csat();
            ces = s.cesMean();
            easy = s.cesEasy();
        }
    }

    /** One row of an import of responses that could not be taken. */
    @Schema(name = "ImportRowError")
    @JsonbPropertyOrder({"line", "message"})
    public static class ImportError {
        @Schema(description = "The line of the file, the header being line 1")
        public final long line;

        public final String message;

        ImportError(SurveyImports.RowError row) {
            line = row.line();
            message = row.message();
        }
    }

    /** The rows of an import that could not be taken. */
    @Schema(name = "ImportRowErrorList")
    public static class ImportErrors {
        public final List<ImportError> items;

        ImportErrors(List<SurveyImports.RowError> rows) {
            items = rows.stream().map(ImportError::new).toList();
        }
    }

    /** A survey answer as stored, in the answer to the customer who gave it. */
    @Schema(name = "SubmittedSurveyResponse")
    @JsonbPropertyOrder({"id", "surveyId", "score", "respondedAt"})
    public static class Submitted {
        public final String id;
        public final String surveyId;
        public final int score;
        public final Instant respondedAt;

        Submitted(ResponseView stored) {
            id = Long.toString(stored.id());
            surveyId = Long.toString(stored.surveyId());
            score = stored.score();
            respondedAt = stored.respondedAt();
        }
    }
}
