package io.crm.permission;

import io.crm.common.AccessDeniedException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one place where functions are allowed or refused. Services declare what they need with {@link Requires};
 * only a check that depends on the record at hand calls it directly.
 */
public final class Guard {

    private Guard() {}

    /** Refuses with 403 semantics when the caller lacks the permission. */
    public static void require(Caller caller, Permission permission) {
        if (!caller.has(permission)) {
            throw new AccessDeniedException("You need the permission " + permission.code() + " for this.");
        }
    }

    /** Refuses, naming the first one missing, unless the caller has every one of the permissions. */
    public static void require(Caller caller, Permission... permissions) {
        for (Permission permission : permissions) {
            require(caller, permission);
        }
    }

    /** Refuses unless the caller has at least one of the permissions (none given: nothing to check). */
    public static void requireAny(Caller caller, Permission... permissions) {
        if (permissions.length > 0 && Arrays.stream(permissions).noneMatch(caller::has)) {
            throw new AccessDeniedException("You need one of the permissions "
                    + Arrays.stream(permissions).map(Permission::code).collect(Collectors.joining(", "))
                    + " for this.");
        }
    }
}
