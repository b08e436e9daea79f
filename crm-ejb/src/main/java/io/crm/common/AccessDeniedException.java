package io.crm.common;

/** The caller lacks the permission for a function (not for a record: that answers as not found). */
public class AccessDeniedException extends CrmException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
