package io.crm.common;

/**
 * The record does not exist, or the caller may not see it: both answer alike so that a forbidden record
 * cannot be told from a missing one.
 */
public class RecordNotFoundException extends CrmException {

    public RecordNotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
    }
}
