package io.crm.common;

/** The client changed a record from a version that is no longer current. */
public class StaleVersionException extends CrmException {

    private final long currentVersion;

    public StaleVersionException(String kind, Object id, long currentVersion) {
        super(kind + " " + id + " has changed since it was read; read it again and reapply the change");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
