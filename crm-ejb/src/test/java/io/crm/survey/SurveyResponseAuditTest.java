package io.crm.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.audit.Change;
import io.crm.customer.ConsentChannel;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the audit trail keeps of a survey response, and whom it names. */
class SurveyResponseAuditTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 22, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final InvitationView INVITATION = new InvitationView(
            7,
            3,
            5,
            11,
            42,
            ConsentChannel.EMAIL,
            "t".repeat(43),
            SurveyInvitation.Status.SENT,
            Instant.EPOCH,
            AT.plusDays(30).toInstant(),
            null,
            null);

    @Test
    void aPublicAnswerIsTheLinksAndAnImportTheJobs() {
        assertEquals("system:survey-public-link", SurveyResponses.actor(SurveyResponses.Source.LINK));
        assertEquals("system:survey-response-import", SurveyResponses.actor(SurveyResponses.Source.IMPORT));
    }

    @Test
    void theTrailNamesTheResponseWithoutItsContactDetailsInClear() {
        Map<String, Change> changes = SurveyResponses.changes(
                3,
                INVITATION,
                SurveyInvitation.Status.SENT,
                3,
                "太慢了, call me on 13800138000 or zhang.wei@example.com",
                SurveyResponses.Source.LINK,
                null,
                AT);

        assertEquals(new Change(null, "3"), changes.get("surveyId"));
        assertEquals(new Change(null, "7"), changes.get("invitationId"));
        assertEquals(new Change("SENT", "RESPONDED"), changes.get("invitation.status"));
        assertEquals(new Change(null, "42"), changes.get("customerId"));
        assertEquals(new Change(null, 3), changes.get("score"));
        assertEquals(new Change(null, "LINK"), changes.get("source"));
        assertEquals(new Change(null, "2026-11-22T08:00:00Z"), changes.get("respondedAt"));
        assertFalse(changes.containsKey("executionId"));
        String comment = (String) changes.get("comment").after();
        assertTrue(comment.startsWith("太慢了"), comment);
        assertFalse(comment.contains("13800138000"), comment);
        assertFalse(comment.contains("zhang.wei@example.com"), comment);
    }

    @Test
    void anImportedResponseNamesItsExecutionAndALongCommentIsCut() {
        Map<String, Change> changes = SurveyResponses.changes(
                3,
                INVITATION,
                SurveyInvitation.Status.PENDING,
                9,
                "长".repeat(2000),
                SurveyResponses.Source.IMPORT,
                77L,
                AT);

        assertEquals(new Change(null, "77"), changes.get("executionId"));
        assertEquals(new Change("PENDING", "RESPONDED"), changes.get("invitation.status"));
        assertTrue(((String) changes.get("comment").after()).length() < 2000);
    }

    @Test
    void noCommentNoField() {
        assertNull(SurveyResponses.changes(
                        3, INVITATION, SurveyInvitation.Status.SENT, 9, null, SurveyResponses.Source.LINK, null, AT)
                .get("comment"));
    }
}
