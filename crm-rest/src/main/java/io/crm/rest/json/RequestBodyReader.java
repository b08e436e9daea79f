package io.crm.rest.json;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a body declared as a request record: the limits and syntax of {@link JsonBodyReader}, then the record's fields
 * by {@link RequestReader}. Typed as a reader of {@code Record} (not {@code Object}) so that JAX-RS prefers it to the
 * JSON-B reader, which coerces and ignores unknown fields.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json", "application/*+json"})
public class RequestBodyReader implements MessageBodyReader<Record> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        return RequestReader.read(JsonBodyReader.read(headers, entity), (Class) type);
    }
}
