package io.crm.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crm.audit.Change;
import io.crm.audit.Changes;
import io.crm.customer.ConsentChannel;
import io.crm.customer.CustomerData;
import io.crm.customer.CustomerType;
import io.crm.customer.Gender;
import io.crm.customer.Tier;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionPolicyTest {

    @Test
    void freeTextIsReplacedWhole_anAbsentTextStaysAbsent() {
        assertEquals("[erased]", RedactionPolicy.text("Called Wang Wei on 138 0013 8000, he moves to Hangzhou"));
        assertEquals("[erased]", RedactionPolicy.text(""));
        assertNull(RedactionPolicy.text(null));
        assertEquals("Erased customer 42", RedactionPolicy.erasedName(42));
    }

    @Test
    void aCustomersAuditValuesAreErased_butNotWhatDescribesTheBusiness() {
        CustomerData created = new CustomerData(
                CustomerType.PERSON,
                "王伟",
                List.of("+8613800138000"),
                List.of("wang.wei@example.com"),
                "wangwei_88",
                List.of(),
                Gender.MALE,
                LocalDate.of(1988, 5, 17),
                "Teacher",
                "East",
                "Hangzhou",
                null,
                List.of("golf"),
                List.of(),
                Map.of(ConsentChannel.EMAIL, true),
                "sales1",
                "east",
                Tier.VIP,
                null);
        String trail = Changes.toJson(Changes.between(null, created));
        String redacted = RedactionPolicy.auditChanges(trail);

        for (String personal : List.of("王伟", "8000", "wang.wei", "wangwei_88", "1988", "Teacher", "Hangzhou", "golf")) {
            assertFalse(redacted.contains(personal), personal + " left in " + redacted);
        }
        assertEquals(
                "{\"type\":{\"before\":null,\"after\":\"PERSON\"},\"name\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"phones\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"emails\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"wechatId\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"gender\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"birthday\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"occupation\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"region\":{\"before\":null,\"after\":\"East\"},"
                        + "\"city\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"tags\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"consents.EMAIL\":{\"before\":null,\"after\":true},"
                        + "\"ownerId\":{\"before\":null,\"after\":\"sales1\"},"
                        + "\"teamId\":{\"before\":null,\"after\":\"east\"},"
                        + "\"tier\":{\"before\":null,\"after\":\"VIP\"}}",
                redacted);
    }

    @Test
    void purchasesAndScoresKeepTheirFigures_textsAndReasonsGo() {
        Map<String, Change> answer = new LinkedHashMap<>();
        answer.put("customerId", new Change(null, "7"));
        answer.put("score", new Change(null, 9));
        answer.put("comment", new Change(null, "Ask for Li Na, 13912345678"));
        answer.put("status", new Change("SENT", "RESPONDED"));
        answer.put("reason", new Change("goodwill for Li Na", null));
        assertEquals(
                "{\"customerId\":{\"before\":null,\"after\":\"7\"},\"score\":{\"before\":null,\"after\":9},"
                        + "\"comment\":{\"before\":null,\"after\":\"[erased]\"},"
                        + "\"status\":{\"before\":\"SENT\",\"after\":\"RESPONDED\"},"
                        + "\"reason\":{\"before\":\"[erased]\",\"after\":null}}",
                RedactionPolicy.auditChanges(Changes.toJson(answer)));
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        String once = RedactionPolicy.auditChanges(
                Changes.toJson(Map.of("text", new Change("call 13912345678", "call later"))));
        assertEquals(once, RedactionPolicy.auditChanges(once));
        assertNull(RedactionPolicy.auditChanges(null));
    }
}
