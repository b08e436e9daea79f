package io.crm.permission;

/** A function of the CRM that a role may be allowed to use. */
public enum Permission {
    CUSTOMER_READ("customer:read"),
    CUSTOMER_WRITE("customer:write"),
    CUSTOMER_DELETE("customer:delete"),
    CUSTOMER_PII_READ("customer:pii:read"),
    CUSTOMER_REASSIGN("customer:reassign"),
    NOTE_WRITE("note:write"),
    FOLLOWUP_WRITE("followup:write"),
    FOLLOWUP_DELETE("followup:delete"),
    SURVEY_MANAGE("survey:manage"),
    SCORE_READ("score:read"),
    REPORT_READ("report:read"),
    SEGMENT_MANAGE("segment:manage"),
    JOB_OPERATE("job:operate"),
    AUDIT_READ("audit:read"),
    PRIVACY_EXPORT("privacy:export"),
    PRIVACY_ERASE("privacy:erase"),
    PERMISSION_MANAGE("permission:manage"),
    POINTS_ADJUST("points:adjust"),
    POINTS_MANAGE("points:manage"),
    WEBHOOK_MANAGE("webhook:manage"),
    CUSTOMFIELD_MANAGE("customfield:manage");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The permission with this code ("customer:read"), or empty. */
    public static java.util.Optional<Permission> fromCode(String code) {
        for (Permission p : values()) {
            if (p.code.equals(code)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
