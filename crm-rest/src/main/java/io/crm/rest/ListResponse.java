package io.crm.rest;

import io.crm.common.Page;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and the cursor of the next page (null on the last page). */
public record ListResponse<T>(List<T> items,
                              @JsonbNillable @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page")
                              String next) {

    public static <V, T> ListResponse<T> of(Page<V> page, Function<V, T> mapper) {
        return new ListResponse<>(page.items().stream().map(mapper).toList(), page.next());
    }
}
