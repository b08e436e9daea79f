package io.crm.common;

/** An upload larger than the CRM takes; it was not read past the limit, and nothing was written. */
public class TooLargeException extends CrmException {

    public TooLargeException(String message) {
        super(message);
    }
}
