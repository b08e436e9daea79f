package io.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a subscription pauses itself, and how resuming and pausing by hand change that. */
class WebhookSubscriptionTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration PAUSE_AFTER = Duration.ofHours(12);

    private static WebhookSubscription subscription() {
        return new WebhookSubscription(
                new WebhookData(
                        "https://hooks.example.com/x",
                        List.of(WebhookEventType.NOTE_ADDED, WebhookEventType.CUSTOMER_CREATED),
                        "sales1",
                        false),
                "whsec_x",
                "admin",
                T0);
    }

    @Test
    void aSubscriptionFailingWithoutASuccessForTheWholeTimeIsPaused() {
        WebhookSubscription s = subscription();
        s.failed(T0, PAUSE_AFTER);
        s.failed(T0.plusHours(6), PAUSE_AFTER);
        assertEquals(WebhookStatus.ACTIVE, s.status());
        s.failed(T0.plusHours(12), PAUSE_AFTER);
        assertEquals(WebhookStatus.PAUSED, s.status());
        assertTrue(s.view().pausedReason().contains("failed"), s.view()::toString);
        assertEquals(T0.toInstant(), s.view().failingSince());
    }

    @Test
    void resumingByHandClearsTheFailureAndPausingByHandIsNotAFailure() {
        WebhookSubscription s = subscription();
        s.failed(T0, PAUSE_AFTER);
        s.failed(T0.plusHours(13), PAUSE_AFTER);
        WebhookData paused = s.data();
        assertTrue(paused.paused());
        s.apply(new WebhookData(paused.url(), paused.events(), paused.actAs(), false), T0.plusHours(14));
        assertEquals(WebhookStatus.ACTIVE, s.status());
        assertNull(s.view().failingSince());
        s.apply(new WebhookData(paused.url(), paused.events(), paused.actAs(), true), T0.plusHours(15));
        assertEquals(WebhookStatus.PAUSED, s.status());
        assertEquals("paused by hand", s.view().pausedReason());
        assertNull(s.view().failingSince());
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneUntilTheOverlapEndsAndOnlyTheLastIsKept() {
        WebhookSubscription w = subscription();
        assertEquals(List.of("whsec_x"), w.signingSecrets(T0));
        w.rotate("whsec_y", T0.plusHours(24), T0);
        assertEquals(List.of("whsec_y", "whsec_x"), w.signingSecrets(T0.plusHours(23)));
        assertEquals(List.of("whsec_y"), w.signingSecrets(T0.plusHours(24)));
        assertEquals(T0.plusHours(24).toInstant(), w.view().previousSecretUntil());
        w.rotate("whsec_z", T0.plusHours(1), T0);
        assertEquals(List.of("whsec_z", "whsec_y"), w.signingSecrets(T0), "the first secret is forgotten");
        w.rotate("whsec_n", T0, T0);
        assertEquals(List.of("whsec_n"), w.signingSecrets(T0), "no overlap: the current one stops at once");
        assertNull(w.view().previousSecretUntil());
    }

    @Test
    void eventTypesAreKeptSortedAndAnswered() {
        WebhookSubscription s = subscription();
        assertTrue(s.wants(WebhookEventType.NOTE_ADDED));
        assertFalse(s.wants(WebhookEventType.CUSTOMER_DELETED));
        assertEquals(List.of("customer.created", "note.added"), s.view().events());
    }
}
