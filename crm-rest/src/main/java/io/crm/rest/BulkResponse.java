package io.crm.rest;

import io.crm.common.BulkWrites;
import io.crm.common.InvalidInputException;
import io.crm.common.ItemOutcome;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Violation;
import io.crm.rest.problem.ProblemMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What became of each item of a bulk call (interactions, customers, purchases), in the order sent. Each item is read
 * on its own, so that one bad item answers a problem of its own and the others go on; only a body that is not
 * {@code {"items": [...]}} of 1 to 1,000 answers 400 as a whole.
 */
@Schema(name = "BulkResponse", description = "A status per item, in the order sent")
public class BulkResponse {

    private static final ProblemMapper PROBLEMS = new ProblemMapper();

    @Schema(type = SchemaType.ARRAY, implementation = ItemStatus.class)
    public final List<ItemStatus> items;

    private BulkResponse(List<ItemStatus> items) {
        this.items = items;
    }

    /**
     * Reads each item of {@code items} ({@code read}: a 400 or 404 of its own for an item it cannot take), hands those
     * read to {@code write} in one call, and answers the outcomes in the order sent.
     */
    public static <R, T> BulkResponse of(
            JsonValue items,
            String what,
            Function<JsonObject, R> read,
            Function<List<R>, List<ItemOutcome<T>>> write,
            ToLongFunction<T> id) {
        if (!(items instanceof JsonArray array)) {
            throw new InvalidInputException("items", "must be a list of 1 to " + BulkWrites.MAX_ITEMS + " " + what);
        }
        BulkWrites.checkSize(array.size(), what);
        ItemStatus[] statuses = new ItemStatus[array.size()];
        List<R> taken = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject object)) {
                statuses[i] = ItemStatus.refused(
                        new InvalidInputException(List.of(new Violation("items[" + i + "]", "must be an object"))));
                continue;
            }
            try {
                taken.add(read.apply(object));
                positions.add(i);
            } catch (InvalidInputException | RecordNotFoundException e) {
                statuses[i] = ItemStatus.refused(e);
            }
        }
        if (!taken.isEmpty()) {
            List<ItemOutcome<T>> outcomes = write.apply(taken);
            for (int j = 0; j < outcomes.size(); j++) {
                ItemOutcome<T> outcome = outcomes.get(j);
                statuses[positions.get(j)] = outcome.refusal() != null
                        ? ItemStatus.refused(outcome.refusal())
                        : new ItemStatus(
                                outcome.storedBefore() ? 200 : 201,
                                Long.toString(id.applyAsLong(outcome.stored())),
                                null);
            }
        }
        return new BulkResponse(List.of(statuses));
    }

    /** One item's status: 201 stored, 200 stored before under its externalId (or updated), or a 4xx with its problem. */
    @Schema(name = "BulkItemStatus")
    @JsonbPropertyOrder({"status", "id", "problem"})
    public static class ItemStatus {
        @Schema(
                description = "201 stored; 200 stored before under the same externalId, or (customers) updated; 400, "
                        + "403, 404 or 409 refused")
        public final int status;

        @Schema(
                description = "The record's id: the one stored (201, 200), or for a 409 the one it clashes with when "
                        + "you may see it")
        public final String id;

        @Schema(ref = "Problem", description = "Why the item was refused, as the single route would answer it")
        public final JsonObject problem;

        ItemStatus(int status, String id, JsonObject problem) {
            this.status = status;
            this.id = id;
            this.problem = problem;
        }

        /** The problem the single route would answer, for this item alone (a failure unexpected here included). */
        static ItemStatus refused(RuntimeException e) {
            Response answer = PROBLEMS.toResponse(e);
            JsonObject problem = (JsonObject) answer.getEntity();
            JsonValue existing = problem.get("existingId");
            return new ItemStatus(answer.getStatus(), existing instanceof JsonString s ? s.getString() : null, problem);
        }
    }
}
