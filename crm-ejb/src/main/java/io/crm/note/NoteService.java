package io.crm.note;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.audit.Changes;
import io.crm.audit.ReadAudit;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.Cursor;
import io.crm.common.ExpectedVersion;
import io.crm.common.FreeText;
import io.crm.common.InvalidInputException;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.Times;
import io.crm.common.Violation;
import io.crm.customer.Customers;
import io.crm.events.DomainEvents;
import io.crm.events.NoteAdded;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.PiiMasker;
import io.crm.permission.Requires;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The note use cases, each checked by the guard and limited to the customers the caller may see. */
@Stateless
public class NoteService {

    static final String LIST = "notes";
    static final String AUDITED = "note";
    public static final int MAX_LENGTH = 10_000;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    ReadAudit readAudit;

    @Inject
    ChangeLog changeLog;

    @Inject
    DomainEvents events;

    @Requires(Permission.NOTE_WRITE)
    public NoteView create(long customerId, String rawText) {
        Caller caller = currentCaller.get();
        String text = validText(rawText);
        Customers.visibleForReading(em, caller, customerId);
        Note note = new Note(customerId, caller.userId(), text, Times.now());
        em.persist(note);
        em.flush();
        audit.recordWrite(
                caller.userId(),
                AuditAction.CREATE,
                AUDITED,
                Long.toString(note.id()),
                changes(customerId, null, text));
        changeLog.record(
                EntityType.NOTE,
                note.id(),
                ChangeKind.CREATED,
                caller.userId(),
                ChangeFacts.under(customerId, List.of()));
        events.fire(new NoteAdded(note.id(), customerId, caller.userId(), Times.instant(Times.now())));
        return NoteView.of(note, clear(caller));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public NoteView get(long id) {
        Caller caller = currentCaller.get();
        NoteView view = NoteView.of(Customers.readableRecord(em, caller, Note.class, AUDITED, id), clear(caller));
        if (clear(caller) && PiiMasker.hasPersonalData(view.text())) {
            readAudit.record(caller.userId(), AUDITED, Long.toString(id));
        }
        return view;
    }

    /** Rewrites the text, if the caller read the current version (null accepts any); the change sees it in clear. */
    @Requires(Permission.NOTE_WRITE)
    public NoteView update(long id, Long expectedVersion, UnaryOperator<String> change) {
        Caller caller = currentCaller.get();
        Note note = Customers.changeableRecord(em, caller, Note.class, AUDITED, id, expectedVersion);
        String before = note.text();
        String text = validText(change.apply(before));
        if (text.equals(before)) {
            return NoteView.of(note, clear(caller));
        }
        if (!clear(caller) && PiiMasker.hasPersonalData(before)) {
            throw new InvalidInputException(
                    "text", "holds personal data you see masked; someone with customer:pii:read must change it");
        }
        note.rewrite(text, Times.now());
        ExpectedVersion.flush(em, AUDITED, id, note::version);
        audit.recordWrite(
                caller.userId(),
                AuditAction.UPDATE,
                AUDITED,
                Long.toString(id),
                changes(note.customerId(), before, text));
        changeLog.record(EntityType.NOTE, id, ChangeKind.UPDATED, caller.userId());
        return NoteView.of(note, clear(caller));
    }

    @Requires(Permission.NOTE_WRITE)
    public void delete(long id, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Note note = Customers.changeableRecord(em, caller, Note.class, AUDITED, id, expectedVersion);
        em.remove(note);
        em.flush();
        audit.recordWrite(
                caller.userId(),
                AuditAction.DELETE,
                AUDITED,
                Long.toString(id),
                changes(note.customerId(), note.text(), null));
        changeLog.record(EntityType.NOTE, id, ChangeKind.DELETED, caller.userId());
    }

    /** The customer's notes, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<NoteView> list(long customerId, PageRequest page) {
        Caller caller = currentCaller.get();
        Customers.visibleForReading(em, caller, customerId);
        String fingerprint = Cursor.fingerprint(customerId);
        long before = page.cursor() == null
                ? Long.MAX_VALUE
                : Cursor.decode(page.cursor(), LIST, fingerprint).positionAsLong();
        List<Note> rows = LimitedQueries.readOnly(
                        em,
                        "SELECT n FROM Note n WHERE n.customerId = :c AND n.id < :before ORDER BY n.id DESC",
                        Note.class,
                        page.limit() + 1)
                .setParameter("c", customerId)
                .setParameter("before", before)
                .getResultList();
        Page<NoteView> views = Page.of(rows, page, LIST, fingerprint, n -> Long.toString(n.id()))
                .map(n -> NoteView.of(n, clear(caller)));
        List<String> personal = views.items().stream()
                .filter(v -> clear(caller) && PiiMasker.hasPersonalData(v.text()))
                .map(v -> Long.toString(v.id()))
                .toList();
        if (!personal.isEmpty()) {
            readAudit.record(caller.userId(), AUDITED, personal);
        }
        return views;
    }

    private static String validText(String raw) {
        List<Violation> violations = new ArrayList<>();
        String text = FreeText.validate("text", raw, true, MAX_LENGTH, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return text;
    }

    private static Map<String, Change> changes(long customerId, String before, String after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        if (before == null || after == null) {
            changes.put(
                    "customerId",
                    new Change(
                            before == null ? null : Long.toString(customerId),
                            after == null ? null : Long.toString(customerId)));
        }
        changes.put("text", new Change(Changes.forTrail(before), Changes.forTrail(after)));
        return changes;
    }

    private static boolean clear(Caller caller) {
        return caller.has(Permission.CUSTOMER_PII_READ);
    }
}
