package io.crm.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineKeyTest {

    private static final Instant T = Instant.parse("2026-11-22T08:00:00.123456Z");

    @Test
    void aPositionSurvivesTheCursorAndComesBackTheSame() {
        TimelineKey key = new TimelineKey(T, TimelineKind.POINTS_ENTRY, 4711);
        String cursor = new Cursor(TimelineService.LIST, key.position(), Cursor.fingerprint(1L, "x")).encode();
        Cursor decoded = Cursor.decode(cursor, TimelineService.LIST, Cursor.fingerprint(1L, "x"));
        assertEquals(key, TimelineKey.parse(decoded.position()));
        assertThrows(
                InvalidInputException.class,
                () -> Cursor.decode(cursor, TimelineService.LIST, Cursor.fingerprint(1L, "y")),
                "a cursor replayed with other filters");
    }

    @Test
    void positionsThisListDidNotIssueAreRefused() {
        for (String bad : List.of(
                "",
                "x",
                T + "_note",
                T + "_memo_1",
                T + "_note_0",
                T + "_note_-3",
                "yesterday_note_1",
                T + "_note_1_2")) {
            assertThrows(InvalidInputException.class, () -> TimelineKey.parse(bad), bad);
        }
    }

    @Test
    void newestFirstThenKindThenNewestId() {
        List<TimelineKey> keys = new ArrayList<>(List.of(
                new TimelineKey(T, TimelineKind.PURCHASE, 1),
                new TimelineKey(T.plusMillis(1), TimelineKind.TIER_CHANGE, 1),
                new TimelineKey(T, TimelineKind.NOTE, 2),
                new TimelineKey(T, TimelineKind.NOTE, 9),
                new TimelineKey(T.minusMillis(1), TimelineKind.FOLLOW_UP, 50)));
        keys.sort(TimelineKey.ORDER);
        assertEquals(
                List.of(
                        new TimelineKey(T.plusMillis(1), TimelineKind.TIER_CHANGE, 1),
                        new TimelineKey(T, TimelineKind.NOTE, 9),
                        new TimelineKey(T, TimelineKind.NOTE, 2),
                        new TimelineKey(T, TimelineKind.PURCHASE, 1),
                        new TimelineKey(T.minusMillis(1), TimelineKind.FOLLOW_UP, 50)),
                keys);
    }

    @Test
    void kindsAreInTheOrderOfTheirCodes() {
        List<String> codes = EnumSet.allOf(TimelineKind.class).stream()
                .map(TimelineKind::code)
                .toList();
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    /**
     * Paging through random keys with many ties, each page a merge of per-kind reads that keep what {@link
     * TimelineKey#after} admits (evaluated here on the same three cases), serves every key once and in order.
     */
    @Test
    void pagesOfMergedPerKindReadsServeEveryKeyOnceInOrder() {
        Random random = new Random(7);
        List<TimelineKey> all = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < 500; i++) {
            TimelineKind kind = TimelineKind.values()[random.nextInt(TimelineKind.values().length)];
            all.add(new TimelineKey(T.plusSeconds(random.nextInt(20)), kind, id++));
        }
        List<TimelineKey> expected = new ArrayList<>(all);
        expected.sort(TimelineKey.ORDER);
        List<TimelineKey> served = new ArrayList<>();
        TimelineKey cursor = null;
        int limit = 7;
        do {
            List<TimelineKey> merged = new ArrayList<>();
            for (TimelineKind kind : TimelineKind.values()) {
                TimelineKey c = cursor;
                all.stream()
                        .filter(k -> k.kind() == kind && (c == null || admits(c, k)))
                        .sorted(TimelineKey.ORDER)
                        .limit(limit + 1)
                        .forEach(merged::add);
            }
            merged.sort(TimelineKey.ORDER);
            List<TimelineKey> page = merged.subList(0, Math.min(limit, merged.size()));
            served.addAll(page);
            cursor = merged.size() > limit ? page.get(page.size() - 1) : null;
        } while (cursor != null);
        assertEquals(expected, served);
        assertEquals(all.size(), Set.copyOf(served).size());
    }

    /** What the JPQL of {@link TimelineKey#after} keeps, for an item k of its kind. */
    private static boolean admits(TimelineKey cursor, TimelineKey k) {
        String predicate = cursor.after(k.kind());
        int byTime = k.time().compareTo(cursor.time());
        if (predicate.endsWith(" <= :kt")) {
            return byTime <= 0;
        }
        if (predicate.endsWith(" < :kt")) {
            return byTime < 0;
        }
        String time = "x." + k.kind().time;
        assertEquals("(" + time + " <= :kt AND (" + time + " < :kt OR x." + k.kind().id + " < :ki))", predicate);
        return byTime < 0 || (byTime == 0 && k.id() < cursor.id());
    }

    @Test
    void theKindsFilterNamesKindsByCode() {
        assertEquals(EnumSet.allOf(TimelineKind.class), TimelineKind.parse(null));
        assertEquals(EnumSet.of(TimelineKind.NOTE, TimelineKind.TIER_CHANGE), TimelineKind.parse("note, tier-change"));
        assertThrows(InvalidInputException.class, () -> TimelineKind.parse("note,memo"));
    }
}
