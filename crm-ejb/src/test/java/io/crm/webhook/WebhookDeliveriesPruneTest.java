package io.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pruning of deliveries on an in-memory database: delivered and dead ones kept long enough go, pending ones stay. */
class WebhookDeliveriesPruneTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now();

    private EntityManagerFactory emf;

    @BeforeEach
    void empty() {
        emf = Persistence.createEntityManagerFactory("helpers-test");
        inTransaction(em -> {
            em.createQuery("DELETE FROM WebhookAttempt").executeUpdate();
            return em.createQuery("DELETE FROM WebhookDelivery").executeUpdate();
        });
    }

    @AfterEach
    void close() {
        emf.close();
    }

    @Test
    void deliveredAndDeadDeliveriesOlderThanTheRetentionGoWithTheirAttempts() {
        delivery("old-delivered", NOW.minusDays(40), DeliveryStatus.DELIVERED);
        delivery("old-dead", NOW.minusDays(31), DeliveryStatus.DEAD);
        long oldPending = delivery("old-pending", NOW.minusDays(40), DeliveryStatus.PENDING);
        long recent = delivery("recent", NOW.minusDays(2), DeliveryStatus.DELIVERED);

        OffsetDateTime before = NOW.minusDays(30);
        assertEquals(1, this.<Integer>inTransaction(em -> deliveries(em).prune(before, 1)), "at most max at once");
        assertEquals(1, this.<Integer>inTransaction(em -> deliveries(em).prune(before, 1)));
        assertEquals(0, this.<Integer>inTransaction(em -> deliveries(em).prune(before, 1)));

        assertEquals(
                List.of(oldPending, recent),
                this.<List<Long>>inTransaction(
                        em -> em.createQuery("SELECT d.id FROM WebhookDelivery d ORDER BY d.id", Long.class)
                                .getResultList()),
                "a pending one is still to be sent however old it is");
        assertEquals(
                List.of(oldPending, recent),
                this.<List<Long>>inTransaction(em -> em.createQuery(
                                "SELECT a.deliveryId FROM WebhookAttempt a ORDER BY a.deliveryId", Long.class)
                        .getResultList()),
                "the attempts of the removed deliveries went with them");
    }

    private long delivery(String event, OffsetDateTime queued, DeliveryStatus status) {
        return inTransaction(em -> {
            WebhookDelivery d = new WebhookDelivery(
                    7, new WebhookEvent(event, WebhookEventType.NOTE_ADDED, "customer:1", 1, "{}"), queued);
            if (status == DeliveryStatus.DELIVERED) {
                d.delivered(queued.plusSeconds(1));
            } else if (status == DeliveryStatus.DEAD) {
                d.failed(null);
            } else {
                d.failed(queued.plusSeconds(5));
            }
            em.persist(d);
            em.flush();
            em.persist(new WebhookAttempt(d.id(), queued.plusSeconds(1), new DeliveryOutcome(500, 3, null)));
            return d.id();
        });
    }

    private static WebhookDeliveries deliveries(EntityManager em) {
        WebhookDeliveries deliveries = new WebhookDeliveries();
        deliveries.em = em;
        return deliveries;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
