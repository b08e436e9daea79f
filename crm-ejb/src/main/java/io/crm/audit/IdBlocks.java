package io.crm.audit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys under which PostgreSQL finds a read of several records by any of them: the block of 64 consecutive ids each
 * numeric id falls in, or {@code ~} and the id itself for any other id. A list page in id order names 50 neighbours, so
 * one or two keys instead of 50 go into the index; the lookup then keeps the candidates that name the id itself.
 */
public final class IdBlocks {

    /** Ids per block, as a shift: 64. */
    private static final int SHIFT = 6;
    /** Digits of the largest id taken as a number: any 18-digit number fits a {@code long}. */
    private static final int MAX_DIGITS = 18;

    private IdBlocks() {}

    /** The key of one id. Only an id written as {@link Long#toString} writes it is a number here: 7, not 007. */
    public static String of(String id) {
        return isCanonicalNumber(id) ? Long.toString(Long.parseLong(id) >> SHIFT) : "~" + id;
    }

    /** The keys of several ids, each once, separated by spaces, in the order their first ids come. */
    public static String column(Collection<String> ids) {
        Set<String> keys = new LinkedHashSet<>();
        for (String id : ids) {
            keys.add(of(id));
        }
        return String.join(" ", keys);
    }

    private static boolean isCanonicalNumber(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_DIGITS || (id.charAt(0) == '0' && length > 1)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
