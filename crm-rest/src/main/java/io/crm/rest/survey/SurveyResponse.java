package io.crm.rest.survey;

import io.crm.customer.ConsentChannel;
import io.crm.survey.SurveyData;
import io.crm.survey.SurveyType;
import io.crm.survey.SurveyView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey as the API shows it, and the schema of the fields clients write. */
@Schema(name = "Survey")
@JsonbPropertyOrder({
    "id",
    "name",
    "type",
    "question",
    "followUpQuestion",
    "target",
    "channel",
    "fatigueDays",
    "validDays",
    "closedLoop",
    "closedLoopThreshold",
    "createdBy",
    "createdAt",
    "updatedAt"
})
public class SurveyResponse {

    @Schema(readOnly = true)
    public final String id;

    @Schema(required = true)
    public final String name;

    @Schema(required = true, implementation = SurveyType.class, description = "NPS 0-10, CSAT 1-5, CES 1-7")
    public final String type;

    @Schema(required = true)
    public final String question;

    public final String followUpQuestion;

    @Schema(required = true, description = "`{\"segmentId\": \"…\"}`, or `{\"everyone\": true}` for every customer")
    public final Map<String, Object> target;

    @Schema(
            required = true,
            implementation = ConsentChannel.class,
            description = "Customers need consent for it and a contact point (email, phone, WeChat id)")
    public final String channel;

    @Schema(
            minimum = "0",
            maximum = "" + SurveyData.MAX_DAYS,
            defaultValue = "30",
            description = "Skip customers invited by any survey in this many days")
    public final int fatigueDays;

    @Schema(
            minimum = "1",
            maximum = "" + SurveyData.MAX_DAYS,
            defaultValue = "30",
            description = "Days an invitation can be answered")
    public final int validDays;

    @Schema(defaultValue = "true", description = "A dissatisfied response opens a follow-up for the customer's owner")
    public final boolean closedLoop;

    @Schema(
            description =
                    "CSAT and CES: the highest score that counts as dissatisfied (default 2 for CSAT, 3 for CES); "
                            + "NPS uses detractors (0-6)")
    public final Integer closedLoopThreshold;

    @Schema(readOnly = true)
    public final String createdBy;

    @Schema(readOnly = true)
    public final Instant createdAt;

    @Schema(readOnly = true)
    public final Instant updatedAt;

    SurveyResponse(SurveyView v) {
        SurveyData d = v.data();
        id = Long.toString(v.id());
        name = d.name();
        type = d.type().name();
        question = d.question();
        followUpQuestion = d.followUpQuestion();
        target = d.segmentId() == null
                ? Map.of("everyone", true)
                : Map.of("segmentId", d.segmentId().toString());
        channel = d.channel().name();
        fatigueDays = d.fatigueDays();
        validDays = d.validDays();
        closedLoop = d.closedLoop();
        closedLoopThreshold = d.closedLoopThreshold();
        createdBy = v.createdBy();
        createdAt = v.createdAt();
        updatedAt = v.updatedAt();
    }

    static SurveyResponse of(SurveyView v) {
        return new SurveyResponse(v);
    }

    @Schema(name = "SurveyPage")
    public static class Page {
        public List<SurveyResponse> items;

        @Schema(nullable = true)
        public String next;
    }
}
