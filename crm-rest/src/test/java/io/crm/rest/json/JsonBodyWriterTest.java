package io.crm.rest.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodyWriterTest {

    private final JsonBodyWriter writer = new JsonBodyWriter();

    @JsonbPropertyOrder({"id", "name", "tags", "consents", "createdAt", "next"})
    public static class Answer {
        public String id = "42";
        public String name = "张伟 Zhang \"Wei\"\n";
        public List<String> tags = List.of("vip", "回访");
        public Map<String, Boolean> consents = Map.of("EMAIL", true);
        public Instant createdAt = Instant.parse("2026-11-24T05:00:00.123456Z");
        public String next = null;
    }

    /** Longer than any buffer of the JSON generator, so that a writer that streams would have sent part of it. */
    @JsonbPropertyOrder({"text", "broken"})
    public static class Failing {
        public String text = "回访".repeat(100_000);

        public String getBroken() {
            throw new IllegalStateException("cannot be written");
        }
    }

    @Test
    void writesTheBytesJerseysProviderWould() throws Exception {
        Answer answer = new Answer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(
                answer, Answer.class, Answer.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null, out);
        assertArrayEquals(JsonbBuilder.create().toJson(answer).getBytes(StandardCharsets.UTF_8), out.toByteArray());
        assertEquals(
                "{\"id\":\"42\",\"name\":\"张伟 Zhang \\\"Wei\\\"\\n\",\"tags\":[\"vip\",\"回访\"],\"consents\":{\"EMAIL\":true},"
                        + "\"createdAt\":\"2026-11-24T05:00:00.123456Z\"}",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sendsNothingWhenTheAnswerCannotBeWrittenWhole() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(
                RuntimeException.class,
                () -> writer.writeTo(
                        new Failing(),
                        Failing.class,
                        Failing.class,
                        new Annotation[0],
                        MediaType.APPLICATION_JSON_TYPE,
                        null,
                        out));
        assertEquals(0, out.size());
    }

    @Test
    void takesTheCrmsOwnAnswersAsJsonOnly() {
        Annotation[] none = new Annotation[0];
        assertTrue(writer.isWriteable(Answer.class, Answer.class, none, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(writer.isWriteable(Answer.class, Answer.class, none, MediaType.valueOf("application/problem+json")));
        assertFalse(writer.isWriteable(Answer.class, Answer.class, none, MediaType.TEXT_PLAIN_TYPE));
        assertFalse(writer.isWriteable(String.class, String.class, none, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(Map.class, Map.class, none, MediaType.APPLICATION_JSON_TYPE));
    }
}
