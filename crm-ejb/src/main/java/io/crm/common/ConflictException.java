package io.crm.common;

import java.util.Map;

/** The change would clash with a record that exists; the extensions name it where the caller may know it. */
public class ConflictException extends CrmException {

    private final transient Map<String, Object> extensions;

    public ConflictException(String message, Map<String, Object> extensions) {
        super(message);
        this.extensions = Map.copyOf(extensions);
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
