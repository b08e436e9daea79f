package io.crm.common;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paged list; {@code next} is the opaque cursor of the following page, or null at the end. */
public record Page<T>(List<T> items, String next) {

    /**
     * The page of rows fetched with {@code limit + 1}: the first {@code limit} rows and, when another followed, a
     * cursor on the position (the sort key) of the last row kept.
     */
    public static <T> Page<T> of(
            List<T> rows, PageRequest page, String list, String fingerprint, Function<T, String> position) {
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, page.limit());
        return new Page<>(items, new Cursor(list, position.apply(items.get(items.size() - 1)), fingerprint).encode());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
