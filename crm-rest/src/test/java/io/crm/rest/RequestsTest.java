package io.crm.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Violation;
import io.crm.customer.Tier;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestsTest {

    private static Violation onlyViolation(InvalidInputException e) {
        assertEquals(1, e.violations().size(), e.violations()::toString);
        return e.violations().get(0);
    }

    // --- id ---

    @Test
    void positiveNumberIsAnId() {
        assertEquals(42L, Requests.id("customer", "42"));
        assertEquals(Long.MAX_VALUE, Requests.id("customer", Long.toString(Long.MAX_VALUE)));
    }

    @Test
    void anythingElseIsNotFound() {
        for (String raw : Arrays.asList("abc", "0", "-1", "", " 42", "4.2", "1e3", "99999999999999999999", null)) {
            assertThrows(RecordNotFoundException.class, () -> Requests.id("customer", raw), String.valueOf(raw));
        }
    }

    @Test
    void notFoundNamesTheKindAndTheRawId() {
        RecordNotFoundException e = assertThrows(RecordNotFoundException.class, () -> Requests.id("customer", "abc"));

        assertEquals("customer abc does not exist", e.getMessage());
    }

    // --- page ---

    @Test
    void pageDefaultsToFiftyFromTheStart() {
        assertEquals(new PageRequest(50, null), Requests.page(null, null));
    }

    @Test
    void pageTakesTheLimitAndTheCursor() {
        assertEquals(new PageRequest(1, "abc"), Requests.page("1", "abc"));
        assertEquals(new PageRequest(200, null), Requests.page("200", null));
    }

    @Test
    void emptyCursorMeansTheFirstPage() {
        assertNull(Requests.page(null, "").cursor());
    }

    @Test
    void nonNumericLimitIsRefused() {
        for (String raw : List.of("abc", "", "1.5", " 5", "ten")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Requests.page(raw, null), raw);
            assertEquals("limit", onlyViolation(e).field(), raw);
            assertTrue(onlyViolation(e).message().contains("between 1 and 200"), raw);
        }
    }

    @Test
    void limitOutsideOneTo200IsRefused() {
        for (String raw : List.of("0", "-1", "201", "100000")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Requests.page(raw, null), raw);
            assertEquals(new Violation("limit", "must be between 1 and 200"), onlyViolation(e), raw);
        }
    }

    // --- flag ---

    @Test
    void flagIsFalseWhenAbsentOrFalse() {
        assertFalse(Requests.flag("allowDuplicate", null));
        assertFalse(Requests.flag("allowDuplicate", "false"));
    }

    @Test
    void flagIsTrueWhenTrueOrGivenWithoutValue() {
        assertTrue(Requests.flag("allowDuplicate", "true"));
        assertTrue(Requests.flag("allowDuplicate", ""));
    }

    @Test
    void otherFlagValuesAreRefused() {
        for (String raw : List.of("yes", "1", "TRUE", "no", "0")) {
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> Requests.flag("allowDuplicate", raw), raw);
            assertEquals(new Violation("allowDuplicate", "must be true or false"), onlyViolation(e), raw);
        }
    }

    // --- enumValue ---

    @Test
    void enumValueIsParsed() {
        assertEquals(Tier.VIP, Requests.enumValue("tier", "VIP", Tier.class));
    }

    @Test
    void absentOrEmptyEnumValueIsNull() {
        assertNull(Requests.enumValue("tier", null, Tier.class));
        assertNull(Requests.enumValue("tier", "", Tier.class));
    }

    @Test
    void unknownEnumValueIsRefusedNamingTheChoices() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Requests.enumValue("tier", "vip", Tier.class));

        assertEquals(new Violation("tier", "must be one of [POTENTIAL, REGULAR, IMPORTANT, VIP]"), onlyViolation(e));
    }

    // --- instant and text ---

    @Test
    void instantIsParsed() {
        assertEquals(Instant.parse("2026-11-22T08:00:00Z"), Requests.instant("updatedSince", "2026-11-22T08:00:00Z"));
    }

    @Test
    void absentOrEmptyInstantIsNull() {
        assertNull(Requests.instant("updatedSince", null));
        assertNull(Requests.instant("updatedSince", ""));
    }

    @Test
    void malformedInstantIsRefused() {
        for (String raw : List.of("2026-11-22", "yesterday", "1700000000", "2026-11-22 08:00:00")) {
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> Requests.instant("updatedSince", raw), raw);
            assertEquals("updatedSince", onlyViolation(e).field(), raw);
            assertTrue(onlyViolation(e).message().contains("ISO-8601"), raw);
        }
    }

    @Test
    void emptyTextIsNull() {
        assertNull(Requests.text(null));
        assertNull(Requests.text(""));
        assertEquals("东", Requests.text("东"));
    }

    // --- ETags ---

    @Test
    void etagIsTheStrongVersionNumber() {
        EntityTag tag = Requests.etag(5);

        assertEquals("5", tag.getValue());
        assertFalse(tag.isWeak());
    }

    @Test
    void missingIfMatchIsRefusedWith428WhenRequired() {
        for (String header : Arrays.asList(null, "", "   ")) {
            WebApplicationException e = assertThrows(
                    WebApplicationException.class, () -> Requests.ifMatch(header, true), String.valueOf(header));
            assertEquals(428, e.getResponse().getStatus());
        }
    }

    @Test
    void missingIfMatchIsNullWhenOptional() {
        assertNull(Requests.ifMatch(null, false));
        assertNull(Requests.ifMatch(" ", false));
    }

    @Test
    void starMatchesWhateverIsCurrent() {
        assertNull(Requests.ifMatch("*", true));
        assertNull(Requests.ifMatch(" * ", true));
    }

    @Test
    void quotedVersionIsRead() {
        assertEquals(5L, Requests.ifMatch("\"5\"", true));
        assertEquals(123456789012L, Requests.ifMatch(" \"123456789012\" ", false));
    }

    @Test
    void tagsThatAreNotOursAreRefusedWith412() {
        for (String header : List.of("W/\"5\"", "abc", "5", "\"abc\"", "\"\"", "\"", "\"5\", \"6\"")) {
            WebApplicationException e =
                    assertThrows(WebApplicationException.class, () -> Requests.ifMatch(header, true), header);
            assertEquals(412, e.getResponse().getStatus(), header);
        }
    }

    @Test
    void aTimeFilterOutsideYearsOneTo9999IsRefusedNamingTheParameter() {
        assertEquals(Instant.parse("0001-01-01T00:00:00Z"), Requests.instant("from", "0001-01-01T00:00:00Z"));
        assertEquals(
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Requests.instant("to", "9999-12-31T23:59:59.999999999Z"));
        for (String raw : new String[] {
            "+1000000-01-01T00:00:00Z",
            "-290000-01-01T00:00:00Z",
            "-1000000000-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59.999999999Z",
            "+10000-01-01T00:00:00Z"
        }) {
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> Requests.instant("updatedSince", raw));
            assertEquals("updatedSince", e.violations().get(0).field());
        }
    }

    @Test
    void aDeclaredContentLengthIsReadWhenItIsANumber() {
        assertEquals(2147483648L, Requests.contentLength("2147483648"));
        assertEquals(-1, Requests.contentLength(null));
        assertEquals(-1, Requests.contentLength("lots"));
    }
}
