package io.crm.rest.survey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to dispatch a survey: by default a new dispatch; {@code resume} names one whose server was killed. */
@Schema(name = "DispatchRequest")
public record DispatchRequest(
        @Schema(description = "The id of the dispatch to resume")
        String resume) {}
