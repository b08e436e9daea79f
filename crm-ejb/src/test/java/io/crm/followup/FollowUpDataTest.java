package io.crm.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpDataTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void defaultsTheAssigneeToTheCallerAndTheStatusToPlanned() {
        FollowUpData data = new FollowUpData(FollowUpChannel.PHONE, "  客户要求退款，下周回访  ", null, null, null, null, null)
                .validate("sales1");

        assertEquals("客户要求退款，下周回访", data.content());
        assertEquals("sales1", data.assigneeId());
        assertEquals(FollowUpStatus.PLANNED, data.status());
    }

    @Test
    void reportsEveryBrokenFieldAtOnce() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> new FollowUpData(
                                null,
                                " ",
                                "x".repeat(FollowUpData.MAX_DETAIL + 1),
                                "a\u0007b",
                                null,
                                "no spaces allowed",
                                null)
                        .validate("sales1"));

        assertEquals(
                List.of("channel", "content", "outcome", "nextStep", "assigneeId"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void keepsLineBreaksAndTabsButNotOtherControlCharacters() {
        FollowUpData data =
                new FollowUpData(FollowUpChannel.VISIT, "第一行\r\n第二行\tend", null, null, null, null, null).validate("u");

        assertEquals("第一行\n第二行\tend", data.content());
    }

    @Test
    void contentOfTenThousandCharactersCountsCodePoints() {
        String emoji = "😀".repeat(FollowUpData.MAX_CONTENT);
        assertEquals(
                emoji,
                new FollowUpData(FollowUpChannel.OTHER, emoji, null, null, null, null, null)
                        .validate("u")
                        .content());
        assertThrows(
                InvalidInputException.class,
                () -> new FollowUpData(FollowUpChannel.OTHER, emoji + "x", null, null, null, null, null).validate("u"));
    }

    @Test
    void searchableTextJoinsContentOutcomeAndNextStep() {
        FollowUpData data =
                new FollowUpData(FollowUpChannel.PHONE, "called", "agreed", null, null, "u", FollowUpStatus.DONE);

        assertEquals("called\nagreed", data.searchableText());
    }

    @Test
    void overdueOnlyWhenPlannedAndPastDue() {
        FollowUpData planned = new FollowUpData(
                FollowUpChannel.PHONE, "c", null, null, NOW.minusSeconds(1), "u", FollowUpStatus.PLANNED);
        FollowUpData done =
                new FollowUpData(FollowUpChannel.PHONE, "c", null, null, NOW.minusSeconds(1), "u", FollowUpStatus.DONE);
        FollowUpData future = new FollowUpData(
                FollowUpChannel.PHONE, "c", null, null, NOW.plusSeconds(1), "u", FollowUpStatus.PLANNED);
        FollowUpData undated =
                new FollowUpData(FollowUpChannel.PHONE, "c", null, null, null, "u", FollowUpStatus.PLANNED);

        assertTrue(FollowUpView.isOverdue(planned, NOW));
        assertFalse(FollowUpView.isOverdue(done, NOW));
        assertFalse(FollowUpView.isOverdue(future, NOW));
        assertFalse(FollowUpView.isOverdue(undated, NOW));
    }

    @Test
    void dueTimesLieBetween1970AndAHundredYearsAhead() {
        for (String due : List.of(
                "1969-12-31T23:59:59Z",
                "2126-11-23T08:00:00Z",
                "+1000000-01-01T00:00:00Z",
                "-290000-01-01T00:00:00Z",
                "+1000000000-12-31T23:59:59.999999999Z")) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> new FollowUpData(FollowUpChannel.PHONE, "call", null, null, Instant.parse(due), null, null)
                            .validate("sales1", NOW),
                    due);
            assertEquals(
                    List.of("dueAt"),
                    e.violations().stream().map(Violation::field).toList());
        }
        assertEquals(
                Instant.parse("2126-11-21T08:00:00Z"),
                new FollowUpData(
                                FollowUpChannel.PHONE,
                                "call",
                                null,
                                null,
                                Instant.parse("2126-11-21T08:00:00Z"),
                                null,
                                null)
                        .validate("sales1", NOW)
                        .dueAt());
    }

    @Test
    void auditChangesListOnlyWhatDiffersWithTextsMasked() {
        FollowUpData before = new FollowUpData(
                FollowUpChannel.PHONE, "call 13800138000", null, null, null, "u", FollowUpStatus.PLANNED);
        FollowUpData after = new FollowUpData(
                FollowUpChannel.PHONE, "call 13800138000", "done", null, null, "u", FollowUpStatus.DONE);

        var changes = FollowUpService.changes(before, after);

        assertEquals(List.of("outcome", "status"), List.copyOf(changes.keySet()));
        assertEquals(
                "138****8000",
                FollowUpService.changes(null, before)
                        .get("content")
                        .after()
                        .toString()
                        .substring(5));
        assertNull(changes.get("content"));
    }
}
