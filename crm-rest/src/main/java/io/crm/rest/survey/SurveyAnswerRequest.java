package io.crm.rest.survey;

import io.crm.rest.json.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A respondent's answer to a survey; the scale of the score depends on the survey, so the service checks both fields. */
@Schema(name = "SurveyAnswerRequest", description = "A score on the survey's scale and an optional comment")
public record SurveyAnswerRequest(
        @Schema(required = true, description = "A whole number on the survey's scale (NPS 0-10, CSAT 1-5, CES 1-7)")
        Integer score,

        @Schema(description = "At most 2000 characters") @MultiLine
        String comment) {}
