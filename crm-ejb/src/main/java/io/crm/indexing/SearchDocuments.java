package io.crm.indexing;

import io.crm.followup.FollowUp;
import io.crm.followup.FollowUpData;
import io.crm.note.Note;
import io.crm.permission.PiiMasker;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The current state of notes and follow-ups as search documents, read from the database (the source of truth)
 * with their customer's name and visibility. A record that no longer exists is simply not returned.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Unguarded("loads records for the search index, which applies every change whoever made it")
public class SearchDocuments {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The documents of these records that still exist. */
    public List<SearchDocument> load(SearchType type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return documents(em.createQuery("SELECT r FROM " + entity(type) + " r WHERE r.id IN :ids", Object.class)
                .setParameter("ids", ids)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultList());
    }

    /**
     * The clear searchable text of these records by search key, where it differs from the masked text: what a
     * snippet for a caller cleared for personal data is cut from, since the index keeps no clear text on disk.
     */
    public Map<String, String> clearTexts(SearchType type, Collection<Long> ids) {
        Map<String, String> texts = new HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        for (Object r : em.createQuery("SELECT r FROM " + entity(type) + " r WHERE r.id IN :ids", Object.class)
                .setParameter("ids", ids)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultList()) {
            String text = r instanceof Note n ? n.text() : ((FollowUp) r).data().searchableText();
            if (text != null && !text.equals(PiiMasker.inText(text))) {
                texts.put(SearchDocument.key(type, r instanceof Note n ? n.id() : ((FollowUp) r).id()), text);
            }
        }
        return texts;
    }

    /** Every note and follow-up of a customer: what a change of its owner, team, shares or name touches. */
    public List<SearchDocument> ofCustomer(long customerId) {
        List<Object> records = new ArrayList<>();
        for (SearchType type : SearchType.values()) {
            records.addAll(em.createQuery("SELECT r FROM " + entity(type) + " r WHERE r.customerId = :c", Object.class)
                    .setParameter("c", customerId)
                    .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                    .getResultList());
        }
        return documents(records);
    }

    /** A page of all records of a type in id order, for rebuilding the index. */
    public List<SearchDocument> page(SearchType type, long afterId, int max) {
        return documents(
                em.createQuery("SELECT r FROM " + entity(type) + " r WHERE r.id > :after ORDER BY r.id", Object.class)
                        .setParameter("after", afterId)
                        .setMaxResults(max)
                        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                        .getResultList());
    }

    /** How many records of a type have an id above this one: what a rebuild still has to read. */
    public long countAfter(SearchType type, long afterId) {
        return em.createQuery("SELECT COUNT(r) FROM " + entity(type) + " r WHERE r.id > :after", Long.class)
                .setParameter("after", afterId)
                .getSingleResult();
    }

    private static String entity(SearchType type) {
        return type == SearchType.NOTE ? "Note" : "FollowUp";
    }

    /** The customer's name and visibility: the part of its state every one of its records carries. */
    private record Holder(String name, String ownerId, String teamId, Set<String> userShares, Set<String> teamShares) {}

    private Map<Long, Holder> holders(Set<Long> customerIds) {
        Map<Long, Set<String>> userShares = new HashMap<>();
        Map<Long, Set<String>> teamShares = new HashMap<>();
        for (Object[] share : em.createQuery(
                        "SELECT s.customerId, s.userId, s.teamId FROM CustomerShare s WHERE s.customerId IN :ids",
                        Object[].class)
                .setParameter("ids", customerIds)
                .getResultList()) {
            if (share[1] != null) {
                userShares
                        .computeIfAbsent((Long) share[0], k -> new HashSet<>())
                        .add((String) share[1]);
            } else {
                teamShares
                        .computeIfAbsent((Long) share[0], k -> new HashSet<>())
                        .add((String) share[2]);
            }
        }
        Map<Long, Holder> holders = new HashMap<>();
        for (Object[] c : em.createQuery(
                        "SELECT c.id, c.name, c.ownerId, c.teamId FROM Customer c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", customerIds)
                .getResultList()) {
            Long id = (Long) c[0];
            holders.put(
                    id,
                    new Holder(
                            (String) c[1],
                            (String) c[2],
                            (String) c[3],
                            userShares.getOrDefault(id, Set.of()),
                            teamShares.getOrDefault(id, Set.of())));
        }
        return holders;
    }

    private List<SearchDocument> documents(List<Object> records) {
        Set<Long> customerIds = new HashSet<>();
        for (Object r : records) {
            customerIds.add(r instanceof Note n ? n.customerId() : ((FollowUp) r).customerId());
        }
        Map<Long, Holder> holders = customerIds.isEmpty() ? Map.of() : holders(customerIds);
        List<SearchDocument> documents = new ArrayList<>(records.size());
        for (Object r : records) {
            if (r instanceof Note n) {
                Holder c = holders.get(n.customerId());
                if (c != null) {
                    documents.add(new SearchDocument(
                            SearchType.NOTE,
                            n.id(),
                            n.customerId(),
                            c.name(),
                            n.authorId(),
                            null,
                            null,
                            n.createdAt().toInstant(),
                            n.text(),
                            PiiMasker.inText(n.text()),
                            c.ownerId(),
                            c.teamId(),
                            c.userShares(),
                            c.teamShares()));
                }
            } else {
                FollowUp f = (FollowUp) r;
                Holder c = holders.get(f.customerId());
                if (c != null) {
                    FollowUpData d = f.data();
                    String text = d.searchableText();
                    documents.add(new SearchDocument(
                            SearchType.FOLLOW_UP,
                            f.id(),
                            f.customerId(),
                            c.name(),
                            f.authorId(),
                            d.channel().name(),
                            d.status().name(),
                            f.createdAt().toInstant(),
                            text,
                            PiiMasker.inText(text),
                            c.ownerId(),
                            c.teamId(),
                            c.userShares(),
                            c.teamShares()));
                }
            }
        }
        return documents;
    }
}
