package io.crm.rest.survey;

import io.crm.common.InvalidInputException;
import io.crm.customer.ConsentChannel;
import io.crm.rest.Requests;
import io.crm.rest.json.JsonFields;
import io.crm.survey.SurveyData;
import io.crm.survey.SurveyType;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.util.Set;

/** The JSON form of a survey's writable state, read strictly and written back for merge patches. */
final class SurveyJson {

    private static final JsonProvider JSON = JsonProvider.provider();
    static final Set<String> WRITABLE = Set.of("name", "type", "question", "followUpQuestion", "target", "channel", "fatigueDays",
            "validDays", "closedLoop", "closedLoopThreshold");
    static final Set<String> READ_ONLY = Set.of("id", "createdBy", "createdAt", "updatedAt");

    private SurveyJson() {
    }

    static SurveyData read(JsonObject json) {
        JsonFields f = new JsonFields(json, WRITABLE, READ_ONLY);
        String name = f.string("name");
        SurveyType type = f.enumValue("type", SurveyType.class);
        String question = f.lines("question");
        String followUp = f.lines("followUpQuestion");
        ConsentChannel channel = f.enumValue("channel", ConsentChannel.class);
        Integer fatigue = f.integer("fatigueDays");
        Integer valid = f.integer("validDays");
        Boolean loop = f.bool("closedLoop");
        Integer threshold = f.integer("closedLoopThreshold");
        f.done();
        Long segmentId = null;
        boolean everyone = false;
        JsonValue target = json.get("target");
        if (target != null && target != JsonValue.NULL) {
            if (!(target instanceof JsonObject t)) {
                throw new InvalidInputException("target", "must be {\"segmentId\": \"…\"} or {\"everyone\": true}");
            }
            JsonFields tf = new JsonFields(t, Set.of("segmentId", "everyone"), Set.of());
            String segment = tf.string("segmentId");
            Boolean all = tf.bool("everyone");
            tf.done();
            segmentId = segment == null ? null : Requests.id("target.segmentId", segment);
            everyone = Boolean.TRUE.equals(all);
        }
        return new SurveyData(name, type, question, followUp, segmentId, everyone, channel, fatigue, valid, loop, threshold);
    }

    /** Applies an RFC 7396 merge patch; a target in the patch replaces the target as a whole. */
    static SurveyData merge(SurveyData current, JsonObject patch) {
        new JsonFields(patch, WRITABLE, READ_ONLY).done();
        JsonObject base = write(current);
        if (patch.containsKey("target")) {
            base = JSON.createObjectBuilder(base).remove("target").build();
        }
        return read(JSON.createMergePatch(patch).apply(base).asJsonObject());
    }

    private static JsonObject write(SurveyData d) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("name", d.name()).add("type", d.type().name())
                .add("question", d.question()).add("channel", d.channel().name()).add("fatigueDays", d.fatigueDays())
                .add("validDays", d.validDays()).add("closedLoop", d.closedLoop())
                .add("target", d.segmentId() == null ? JSON.createObjectBuilder().add("everyone", true)
                        : JSON.createObjectBuilder().add("segmentId", d.segmentId().toString()));
        if (d.followUpQuestion() != null) {
            b.add("followUpQuestion", d.followUpQuestion());
        }
        if (d.closedLoopThreshold() != null) {
            b.add("closedLoopThreshold", d.closedLoopThreshold());
        }
        return b.build();
    }
}
