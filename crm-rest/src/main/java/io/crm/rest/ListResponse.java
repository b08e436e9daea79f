package io.crm.rest;

import io.crm.common.Page;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and the cursor of the next page (null, not absent, on the last page). */
@JsonbPropertyOrder({"items", "next"})
public class ListResponse<T> {

    public final List<T> items;

    @JsonbNillable
    public final String next;

    private ListResponse(List<T> items, String next) {
        this.items = items;
        this.next = next;
    }

    public static <V, T> ListResponse<T> of(Page<V> page, Function<V, T> mapper) {
        return new ListResponse<>(page.items().stream().map(mapper).toList(), page.next());
    }
}
