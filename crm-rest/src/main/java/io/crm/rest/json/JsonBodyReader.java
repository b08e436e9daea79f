package io.crm.rest.json;

import io.crm.common.InvalidInputException;
import io.crm.common.Text;
import io.crm.common.Violation;
import io.crm.rest.Requests;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body: at most 1 MiB (else 413, up front when the Content-Length says so), UTF-8, one object,
 * no duplicate keys, nothing after it, no control characters but line breaks and tabs. Malformed input is refused with
 * the position of the error. A body declared as a request record is read by {@link RequestBodyReader} on top of this.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json", "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<JsonObject> {

    /** Looked up once: {@code Json.createX} searches the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final int MAX_BYTES = 1024 * 1024;
    private static final JsonReaderFactory READERS =
            JSON.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(
            Class<JsonObject> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        return read(headers, entity);
    }

    static JsonObject read(MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        if (Requests.contentLength(headers.getFirst(HttpHeaders.CONTENT_LENGTH)) > MAX_BYTES) {
            throw tooLarge();
        }
        return parse(entity.readNBytes(MAX_BYTES + 1));
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(
                "The request body is larger than 1 MiB.", Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    public static JsonObject parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (body.length == 0) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "is not valid UTF-8");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject object)) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            refuseTrailingContent(text);
            refuseControlCharacters(object);
            return object;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(
                    "body",
                    "is not well-formed JSON"
                            + (at == null
                                    ? ""
                                    : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")")
                            + ": " + e.getMessage());
        } catch (JsonException e) {
            throw new InvalidInputException("body", "is not well-formed JSON: " + e.getMessage());
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser refuses what it cannot take (nesting deeper than it allows) with a plain RuntimeException
            throw new InvalidInputException("body", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * No key or string anywhere in the body holds a control character other than a line break or a tab (which a note
     * keeps): PostgreSQL refuses NUL in text where H2 takes it, so both refuse it here alike, naming where it is.
     * Fields of a single line refuse line breaks and tabs too ({@link RequestReader}).
     */
    private static void refuseControlCharacters(JsonObject object) {
        List<Violation> violations = new ArrayList<>();
        controlCharacters("", object, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void controlCharacters(String path, JsonValue value, List<Violation> violations) {
        if (value instanceof JsonString s) {
            if (Text.hasControlCharactersInLines(s.getString())) {
                violations.add(new Violation(path, "must not contain control characters"));
            }
        } else if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                String field = path.isEmpty() ? key : path + "." + key;
                if (Text.hasControlCharacters(key)) {
                    violations.add(new Violation(field, "is a name with control characters"));
                } else {
                    controlCharacters(field, v, violations);
                }
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                controlCharacters(path + "[" + i + "]", array.get(i), violations);
            }
        }
    }

    /**
     * A reader stops after the first value; anything but whitespace after it makes the body malformed. Called only
     * once the object itself parsed, so walking its events always ends.
     */
    private static void refuseTrailingContent(String text) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            int depth = 0;
            do {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    depth++;
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            } while (depth > 0);
            long end = parser.getLocation().getStreamOffset();
            if (end >= 0 && end < text.length() && !text.substring((int) end).isBlank()) {
                throw new InvalidInputException("body", "has content after the JSON object (from offset " + end + ")");
            }
        }
    }
}
