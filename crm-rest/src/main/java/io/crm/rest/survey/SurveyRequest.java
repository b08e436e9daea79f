package io.crm.rest.survey;

import io.crm.customer.ConsentChannel;
import io.crm.rest.Requests;
import io.crm.rest.json.MultiLine;
import io.crm.rest.json.ReadOnly;
import io.crm.survey.SurveyData;
import io.crm.survey.SurveyType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes of a survey; defaults, bounds and the choice of target are checked by the service (SurveyData). */
@Schema(name = "SurveyRequest", description = "A survey's writable fields")
@ReadOnly({"id", "createdBy", "createdAt", "updatedAt"})
public record SurveyRequest(
        @Schema(required = true, maxLength = SurveyData.MAX_NAME)
        String name,

        @Schema(required = true, description = "NPS 0-10, CSAT 1-5, CES 1-7")
        SurveyType type,

        @Schema(required = true, maxLength = SurveyData.MAX_QUESTION) @MultiLine
        String question,

        @Schema(maxLength = SurveyData.MAX_QUESTION) @MultiLine
        String followUpQuestion,

        @Schema(required = true) Target target,
        @Schema(required = true) ConsentChannel channel,

        @Schema(
                minimum = "0",
                maximum = "" + SurveyData.MAX_DAYS,
                defaultValue = "30",
                description = "Days a customer is left alone after an invitation")
        Integer fatigueDays,

        @Schema(
                minimum = "1",
                maximum = "" + SurveyData.MAX_DAYS,
                defaultValue = "30",
                description = "Days an invitation can be answered")
        Integer validDays,

        @Schema(description = "Open a follow-up for an unhappy answer; default true")
        Boolean closedLoop,

        @Schema(description = "The score at or below which an answer is unhappy")
        Integer closedLoopThreshold) {

    /** Whom a survey goes to: the customers of a segment, or everyone the dispatch may reach. */
    @Schema(name = "SurveyTarget", description = "{\"segmentId\": \"…\"} or {\"everyone\": true}")
    public record Target(String segmentId, Boolean everyone) {}

    static SurveyRequest of(SurveyData d) {
        Target target = d.segmentId() == null
                ? new Target(null, true)
                : new Target(d.segmentId().toString(), null);
        return new SurveyRequest(
                d.name(),
                d.type(),
                d.question(),
                d.followUpQuestion(),
                target,
                d.channel(),
                d.fatigueDays(),
                d.validDays(),
                d.closedLoop(),
                d.closedLoopThreshold());
    }

    /** The same survey without a target: a target in a patch replaces the target as a whole. */
    SurveyRequest withoutTarget() {
        return new SurveyRequest(
                name,
                type,
                question,
                followUpQuestion,
                null,
                channel,
                fatigueDays,
                validDays,
                closedLoop,
                closedLoopThreshold);
    }

    SurveyData data() {
        String segment = target == null ? null : target.segmentId();
        Long segmentId = segment == null ? null : Requests.id("target.segmentId", segment);
        boolean everyone = target != null && Boolean.TRUE.equals(target.everyone());
        return new SurveyData(
                name,
                type,
                question,
                followUpQuestion,
                segmentId,
                everyone,
                channel,
                fatigueDays,
                validDays,
                closedLoop,
                closedLoopThreshold);
    }
}
