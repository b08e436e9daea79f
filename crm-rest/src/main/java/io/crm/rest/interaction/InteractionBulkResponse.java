package io.crm.rest.interaction;

import io.crm.common.AccessDeniedException;
import io.crm.common.CrmException;
import io.crm.common.InvalidInputException;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Violation;
import io.crm.interaction.InteractionOutcome;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of each item of a batch, in the order sent. */
@Schema(name = "InteractionBulkResponse")
public class InteractionBulkResponse {

    @Schema(type = SchemaType.ARRAY, implementation = ItemStatus.class)
    public final List<ItemStatus> items;

    InteractionBulkResponse(List<ItemStatus> items) {
        this.items = items;
    }

    /** One item's status: 201 stored, 200 stored before under its externalId, or a 4xx with its problem. */
    @Schema(name = "InteractionItemStatus")
    @JsonbPropertyOrder({"status", "id", "problem"})
    public static class ItemStatus {
        @Schema(description = "201 stored; 200 stored before (same externalId); 400, 403 or 404 refused")
        public final int status;

        @Schema(description = "The stored interaction's id (201 and 200)")
        public final String id;

        @Schema(description = "Why the item was refused (4xx)")
        public final ItemProblem problem;

        ItemStatus(int status, String id, ItemProblem problem) {
            this.status = status;
            this.id = id;
            this.problem = problem;
        }

        static ItemStatus of(InteractionOutcome outcome) {
            if (outcome.refusal() != null) {
                return refused(outcome.refusal());
            }
            return new ItemStatus(
                    outcome.storedBefore() ? 200 : 201,
                    Long.toString(outcome.stored().id()),
                    null);
        }

        static ItemStatus refused(CrmException e) {
            ItemProblem p;
            if (e instanceof InvalidInputException invalid) {
                p = new ItemProblem("validation", "The item is not valid", 400, e.getMessage(), invalid.violations());
            } else if (e instanceof AccessDeniedException) {
                p = new ItemProblem("forbidden", "Forbidden", 403, e.getMessage(), List.of());
            } else if (e instanceof RecordNotFoundException) {
                p = new ItemProblem("not-found", "Not found", 404, e.getMessage(), List.of());
            } else {
                p = new ItemProblem("conflict", "Conflict", 409, e.getMessage(), List.of());
            }
            return new ItemStatus(p.status, null, p);
        }
    }

    /** A problem of one item, shaped as the problem+json of a whole request. */
    @Schema(name = "ItemProblem")
    @JsonbPropertyOrder({"type", "title", "status", "detail", "violations"})
    public static class ItemProblem {
        public final String type;
        public final String title;
        public final int status;
        public final String detail;

        @Schema(type = SchemaType.ARRAY, implementation = ItemViolation.class)
        public final List<ItemViolation> violations;

        ItemProblem(String kind, String title, int status, String detail, List<Violation> violations) {
            this.type = "urn:crm:problem:" + kind;
            this.title = title;
            this.status = status;
            this.detail = detail;
            this.violations = violations.isEmpty()
                    ? null
                    : violations.stream()
                            .map(v -> new ItemViolation(v.field(), v.message()))
                            .toList();
        }
    }

    /** A field of the item and what is wrong with it. */
    @Schema(name = "ItemViolation")
    @JsonbPropertyOrder({"field", "message"})
    public static class ItemViolation {
        public final String field;
        public final String message;

        ItemViolation(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }
}
