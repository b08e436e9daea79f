package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsentsTest {

    private static final OffsetDateTime T1 = OffsetDateTime.of(2025, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime T2 = T1.plusDays(1);
    private static final OffsetDateTime T3 = T1.plusDays(2);

    @Test
    void newConsentsAreEmptyWithoutTimes() {
        Consents consents = new Consents();

        assertTrue(consents.asMap().isEmpty());
        for (ConsentChannel channel : ConsentChannel.values()) {
            assertNull(consents.changedAt(channel));
        }
    }

    @Test
    void applyingSetsTheStateAndTimeOfTheChannelsGiven() {
        Consents consents = new Consents();

        consents.apply(Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, false), T1);

        assertEquals(Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, false), consents.asMap());
        assertEquals(T1, consents.changedAt(ConsentChannel.EMAIL));
        assertEquals(T1, consents.changedAt(ConsentChannel.SMS));
        assertNull(consents.changedAt(ConsentChannel.WECHAT));
        assertNull(consents.changedAt(ConsentChannel.PHONE));
    }

    @Test
    void applyingTheSameStateAgainKeepsTheTimes() {
        Consents consents = new Consents();
        consents.apply(Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, false), T1);

        consents.apply(Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, false), T2);

        assertEquals(T1, consents.changedAt(ConsentChannel.EMAIL));
        assertEquals(T1, consents.changedAt(ConsentChannel.SMS));
    }

    @Test
    void timeMovesOnlyForTheChannelWhoseStateChanges() {
        Consents consents = new Consents();
        consents.apply(Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, false), T1);

        consents.apply(Map.of(ConsentChannel.EMAIL, false, ConsentChannel.SMS, false, ConsentChannel.WECHAT, true), T2);

        assertEquals(
                Map.of(ConsentChannel.EMAIL, false, ConsentChannel.SMS, false, ConsentChannel.WECHAT, true),
                consents.asMap());
        assertEquals(T2, consents.changedAt(ConsentChannel.EMAIL));
        assertEquals(T1, consents.changedAt(ConsentChannel.SMS));
        assertEquals(T2, consents.changedAt(ConsentChannel.WECHAT));
        assertNull(consents.changedAt(ConsentChannel.PHONE));
    }

    @Test
    void absentChannelIsRemovedAndItsTimeMoves() {
        Consents consents = new Consents();
        consents.apply(Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, false), T1);

        consents.apply(Map.of(ConsentChannel.SMS, false), T2);

        assertEquals(Map.of(ConsentChannel.SMS, false), consents.asMap());
        assertEquals(T2, consents.changedAt(ConsentChannel.EMAIL));
        assertEquals(T1, consents.changedAt(ConsentChannel.SMS));
    }

    @Test
    void nullValueRemovesTheChannel() {
        Consents consents = new Consents();
        consents.apply(Map.of(ConsentChannel.PHONE, true), T1);
        Map<ConsentChannel, Boolean> wanted = new HashMap<>();
        wanted.put(ConsentChannel.PHONE, null);

        consents.apply(wanted, T2);

        assertTrue(consents.asMap().isEmpty());
        assertEquals(T2, consents.changedAt(ConsentChannel.PHONE));
    }

    @Test
    void removingAChannelNeverSetKeepsItsTimeEmpty() {
        Consents consents = new Consents();

        consents.apply(Map.of(), T1);

        assertTrue(consents.asMap().isEmpty());
        for (ConsentChannel channel : ConsentChannel.values()) {
            assertNull(consents.changedAt(channel));
        }
    }

    @Test
    void givingConsentAgainAfterWithdrawingMovesTheTimeEachTime() {
        Consents consents = new Consents();
        consents.apply(Map.of(ConsentChannel.EMAIL, true), T1);
        consents.apply(Map.of(ConsentChannel.EMAIL, false), T2);

        consents.apply(Map.of(ConsentChannel.EMAIL, true), T3);

        assertEquals(Map.of(ConsentChannel.EMAIL, true), consents.asMap());
        assertEquals(T3, consents.changedAt(ConsentChannel.EMAIL));
    }
}
