package io.crm.permission;

import static io.crm.permission.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The default roles of the product and what each may do (see PRODUCT.md). They are written to the database at
 * the first deployment ({@link DefaultRoles}); from then on admins change them there ({@link PermissionAdmin}).
 */
public enum Role {
    ADMIN("admin", Scope.ALL, EnumSet.allOf(Permission.class)),
    MANAGER(
            "manager",
            Scope.TEAM,
            EnumSet.of(
                    CUSTOMER_READ,
                    CUSTOMER_WRITE,
                    CUSTOMER_PII_READ,
                    CUSTOMER_REASSIGN,
                    NOTE_WRITE,
                    FOLLOWUP_WRITE,
                    FOLLOWUP_DELETE,
                    REPORT_READ,
                    SCORE_READ,
                    SEGMENT_MANAGE,
                    POINTS_ADJUST)),
    SALES("sales", Scope.OWN, EnumSet.of(CUSTOMER_READ, CUSTOMER_WRITE, CUSTOMER_PII_READ, NOTE_WRITE, FOLLOWUP_WRITE)),
    SERVICE("service", Scope.TEAM, EnumSet.of(CUSTOMER_READ, NOTE_WRITE, FOLLOWUP_WRITE)),
    ANALYST("analyst", Scope.ALL, EnumSet.of(CUSTOMER_READ, REPORT_READ, SCORE_READ, SEGMENT_MANAGE)),
    AUDITOR("auditor", Scope.ALL, EnumSet.of(CUSTOMER_READ, AUDIT_READ, PRIVACY_EXPORT)),
    BATCH_ADMIN("batch-admin", Scope.NONE, EnumSet.of(SURVEY_MANAGE, JOB_OPERATE, SCORE_READ, SEGMENT_MANAGE));

    private final String roleName;
    private final Scope scope;
    private final Set<Permission> permissions;

    Role(String roleName, Scope scope, Set<Permission> permissions) {
        this.roleName = roleName;
        this.scope = scope;
        this.permissions = permissions;
    }

    public String roleName() {
        return roleName;
    }

    public Scope scope() {
        return scope;
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
