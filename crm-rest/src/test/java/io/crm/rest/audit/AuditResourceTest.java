package io.crm.rest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditEntryView;
import io.crm.audit.AuditFilter;
import io.crm.audit.AuditTrail;
import io.crm.common.InvalidInputException;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.rest.ListResponse;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditResourceTest {

    private static final Instant T = Instant.parse("2026-11-22T08:00:00Z");

    /** Answers one page and remembers what it was asked. */
    private static final class RecordingTrail extends AuditTrail {
        final List<AuditFilter> filters = new ArrayList<>();
        final List<PageRequest> pages = new ArrayList<>();
        final List<AuditEntryView> entries;

        RecordingTrail(AuditEntryView... entries) {
            this.entries = List.of(entries);
        }

        @Override
        public Page<AuditEntryView> search(AuditFilter filter, PageRequest page) {
            filters.add(filter);
            pages.add(page);
            return new Page<>(entries, "next-cursor");
        }
    }

    private static AuditResource resource(RecordingTrail trail) {
        AuditResource resource = new AuditResource();
        resource.trail = trail;
        return resource;
    }

    @Test
    void passesTheFiltersAndThePageOn() {
        RecordingTrail trail = new RecordingTrail();

        resource(trail).list("customer", "50", "sales1", "2026-11-22T08:00:00Z", "2026-11-23T08:00:00Z", "20", "c1");

        assertEquals(new AuditFilter("customer", "50", "sales1", T, T.plusSeconds(86_400)), trail.filters.get(0));
        assertEquals(new PageRequest(20, "c1"), trail.pages.get(0));
    }

    @Test
    void emptyParametersMeanAny() {
        RecordingTrail trail = new RecordingTrail();

        resource(trail).list("", "", "", "", "", null, "");

        assertEquals(AuditFilter.none(), trail.filters.get(0));
        assertEquals(new PageRequest(PageRequest.DEFAULT_LIMIT, null), trail.pages.get(0));
    }

    @Test
    void aTimeThatIsNotAnInstantIsRefusedByName() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> resource(new RecordingTrail()).list(null, null, null, "2026-11-22", null, null, null));

        assertEquals("from", e.violations().get(0).field());
    }

    @Test
    void changesBecomeAJsonObject() {
        AuditEntryView write = new AuditEntryView(
                51,
                T,
                "sales1",
                AuditAction.UPDATE,
                "customer",
                "50",
                null,
                "{\"name\":{\"before\":\"张\\\"伟\",\"after\":\"李娜\"},\"city\":{\"before\":\"上海\",\"after\":null}}",
                "203.0.113.7",
                "crm-a");

        ListResponse<AuditEntryResponse> page =
                resource(new RecordingTrail(write)).list(null, null, null, null, null, null, null);

        AuditEntryResponse entry = page.items.get(0);
        assertEquals("51", entry.id);
        assertEquals(AuditAction.UPDATE, entry.action);
        assertEquals("张\"伟", entry.changes.getJsonObject("name").getString("before"));
        assertEquals(JsonValue.NULL, entry.changes.getJsonObject("city").get("after"));
        assertEquals("203.0.113.7", entry.source);
        assertEquals("crm-a", entry.instance);
        assertEquals("next-cursor", page.next);
    }

    @Test
    void aReadHasNoChanges() {
        AuditEntryView read =
                new AuditEntryView(52, T, "manager", AuditAction.READ_PII, "customer", "50", null, null, null, null);

        assertNull(AuditResource.response(read).changes);
    }

    @Test
    void aReadOfSeveralRecordsNamesThemAll() {
        AuditEntryView page = new AuditEntryView(
                53,
                T,
                "admin",
                AuditAction.READ_PII,
                "customer",
                null,
                List.of("50", "51"),
                null,
                "203.0.113.7",
                "server");

        AuditEntryResponse entry = AuditResource.response(page);
        assertNull(entry.entityId);
        assertEquals(List.of("50", "51"), entry.entityIds);
    }
}
