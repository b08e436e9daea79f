package io.crm.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;

import java.util.regex.Pattern;

/** Where the current request comes from, as the REST boundary saw it: the client's address and its request id. */
@RequestScoped
public class RequestOrigin {

    static final int MAX_LENGTH = 200;
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private String source;

    /** A request id that is not a plain token of at most 64 characters is left out rather than trusted. */
    public void set(String clientAddress, String requestId) {
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.strip();
        String text = requestId != null && REQUEST_ID.matcher(requestId).matches()
                ? address + " request " + requestId : address;
        source = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    /** "203.0.113.7 request 4f2a…", or null outside a request. */
    public String source() {
        return source;
    }

    /** The source {@code origin} names, or null when there is no request (a batch job, a timer). */
    static String sourceOf(RequestOrigin origin) {
        try {
            return origin.source();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
