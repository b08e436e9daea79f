package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeKeyTest {

    @Test
    void everyTimeTheDatabaseKeepsComesBackWithItsId() {
        for (String time : new String[] {
            "2026-11-22T08:00:00.123456Z",
            "1969-12-31T23:59:59.999999Z",
            "1970-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999Z",
            "0001-01-01T00:00:00Z"
        }) {
            TimeKey key = new TimeKey(Instant.parse(time), 42);
            assertEquals(key, TimeKey.parse(key.position()), time);
        }
    }

    @Test
    void aMissingTimeIsAPositionOfItsOwn() {
        TimeKey key = new TimeKey(null, 7);
        assertEquals("none_7", key.position());
        assertEquals(key, TimeKey.parse(key.position()));
    }

    @Test
    void aPositionThisListCouldNotHaveIssuedIsRefused() {
        for (String position : new String[] {
            "",
            "12",
            "12_",
            "_3",
            "x_3",
            "1_2_3",
            "none",
            "99999999999999999999_1",
            "-9223372036854775808_1",
            "9223372036854775807_1",
            "253402300800000000_1",
            "-62135596800000001_1"
        }) {
            assertThrows(InvalidInputException.class, () -> TimeKey.parse(position), position);
        }
    }
}
