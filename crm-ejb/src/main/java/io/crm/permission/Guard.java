package io.crm.permission;

import io.crm.common.AccessDeniedException;

/** The one place where functions are allowed or refused. */
public final class Guard {

    private Guard() {
    }

    /** Refuses with 403 semantics when the caller lacks the permission. */
    public static void require(Caller caller, Permission permission) {
        if (!caller.has(permission)) {
            throw new AccessDeniedException("You need the permission " + permission.code() + " for this.");
        }
    }
}
