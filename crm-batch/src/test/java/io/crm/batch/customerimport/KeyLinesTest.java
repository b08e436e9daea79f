package io.crm.batch.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyLinesTest {

    @Test
    void keepsTheFirstLineOfEveryKeyThroughGrowthAsAMapWould() {
        KeyLines table = new KeyLines();
        Map<Long, Integer> reference = new HashMap<>();
        Random random = new Random(7);
        for (int line = 2; line < 200_000; line++) {
            long key = random.nextInt(50_000) == 0 ? 0 : random.nextLong() % 120_000; // repeats, and the 0 key
            table.putIfAbsent(key, line);
            reference.putIfAbsent(key, line);
        }
        assertEquals(reference.size(), table.size());
        reference.forEach((key, line) -> assertEquals(line, table.get(key), "key " + key));
        assertEquals(0, table.get(987_654_321L));
    }
}
