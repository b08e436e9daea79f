package io.crm.changelog;

import java.util.List;

/**
 * What a consumer that tells others of a change needs beyond the record's id, written with the change: the customer
 * it is about (for ordering per customer), that customer's owner and team at the time (so that the deletion of a
 * customer reaches only those who could see it), and the names of the fields that changed.
 */
public record ChangeFacts(Long customerId, String ownerId, String teamId, List<String> fields) {

    public static final ChangeFacts NONE = new ChangeFacts(null, null, null, List.of());

    /**
     * Beside the changed fields of a follow-up, the status it has after the change ({@code status:DONE}), for a
     * created one always: consumers that read the record later may find it changed again.
     */
    public static final String STATUS = "status:";

    /** A follow-up's due time passed (no field changed): what webhooks make {@code followup.due} of. */
    public static final String DUE = "due";

    /** Beside the changed fields of a customer that another was merged into, that one's id ({@code mergedFrom:42}). */
    public static final String MERGED_FROM = "mergedFrom:";

    /**
     * Beside the changed fields of a customer whose lifecycle stage changed, the stages before and after
     * ({@code stage:CONVERSION>LOYAL}): the customer read later shows the latest stage only.
     */
    public static final String STAGE = "stage:";

    /** Of a survey response, what the answer says of the customer ({@code category:DETRACTOR}, as SurveyAnswered). */
    public static final String CATEGORY = "category:";

    /** Whether a stored field name is one of the facts above rather than the name of a changed field. */
    public static boolean isFact(String field) {
        return field.indexOf(':') >= 0;
    }

    public ChangeFacts {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ChangeFacts ofCustomer(long customerId, String ownerId, String teamId, List<String> fields) {
        return new ChangeFacts(customerId, ownerId, teamId, fields);
    }

    public static ChangeFacts under(long customerId, List<String> fields) {
        return new ChangeFacts(customerId, null, null, fields);
    }

    /** The field names as stored: comma separated, cut to the column's length at a whole name. */
    String storedFields() {
        if (fields.isEmpty()) {
            return null;
        }
        StringBuilder stored = new StringBuilder();
        for (String field : fields) {
            if (stored.length() + field.length() + 1 > ChangeLogEntry.MAX_FIELDS) {
                break;
            }
            stored.append(stored.length() == 0 ? "" : ",").append(field);
        }
        return stored.toString();
    }

    static List<String> fieldsOf(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }
}
