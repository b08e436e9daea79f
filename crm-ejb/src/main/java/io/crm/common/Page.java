package io.crm.common;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paged list; {@code next} is the opaque cursor of the following page, or null at the end. */
public record Page<T>(List<T> items, String next) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
