package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.ConflictException;
import io.crm.common.InvalidInputException;
import io.crm.common.ItemOutcome;
import io.crm.common.RecordNotFoundException;
import io.crm.common.TestDatabases;
import io.crm.customfield.CustomCriterion;
import io.crm.directory.CrmUser;
import io.crm.directory.Directory;
import io.crm.events.DomainEvents;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Scope;
import io.crm.points.PointsLedger;
import io.crm.privacy.Suppressions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bulk calls through the services over a migrated database, H2 and (when it runs) PostgreSQL: customers created,
 * refused and upserted by externalId item by item in the order sent, in one transaction, with the audit entries,
 * change log entries and events of the single routes; purchases sent twice recorded and accrued once.
 */
class CustomerBulkTest {

    private static final Caller SALES1 = new Caller(
            "sales1",
            EnumSet.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_WRITE, Permission.CUSTOMER_PII_READ),
            Scope.OWN,
            Set.of("east"));
    private static final String PHONE = "+8613912345678";
    /** sales2's customer, with the externalId THEIRS; an id the sequence does not reach in a test. */
    private static final long THEIRS = 9_000_001L;

    private EntityManagerFactory emf;
    /** Who calls the services: sales1, unless a test says otherwise. */
    private Caller acting = SALES1;

    private String url;
    private String user;
    private final List<String> audited = new ArrayList<>();
    private final List<Map<String, Change>> auditedChanges = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();
    private final List<Object> fired = new ArrayList<>();
    private final List<Long> accrued = new ArrayList<>();

    private void database(String db) throws SQLException {
        if (db.equals("h2")) {
            url = "jdbc:h2:mem:customer-bulk;DB_CLOSE_DELAY=-1";
            user = TestDatabases.H2_USER;
            TestDatabases.migrate(url, null, "latest");
        } else {
            url = TestDatabases.freshPostgresSchema("customer_bulk_test");
            user = TestDatabases.POSTGRES_USER;
            TestDatabases.migrate(url, "customer_bulk_test", "latest");
        }
        emf = Persistence.createEntityManagerFactory(
                "timeline-test", Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user));
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM purchase");
            s.execute("DELETE FROM consent_change");
            s.execute("DELETE FROM customer_contact_key");
            s.execute("DELETE FROM customer_custom_value");
            s.execute("DELETE FROM custom_field");
            s.execute("DELETE FROM customer_history");
            s.execute("DELETE FROM customer");
            s.execute("INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier,"
                    + " lifecycle_stage, purchase_count, total_spend, created_at, updated_at, external_id) VALUES"
                    + " (" + THEIRS
                    + ", 1, 'PERSON', 'Other', 'other', 'sales2', 'west', 'POTENTIAL', 'POTENTIAL', 'ACQUISITION',"
                    + " 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'THEIRS')");
        }
    }

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void eachItemAnsweredAsItsOwnCall_anExternalIdUpserts(String db) throws SQLException {
        database(db);
        List<ItemOutcome<CustomerView>> outcomes = inTransaction(em -> customers(em)
                .upsertAll(
                        List.of(
                                item(customer("Li Na", "ERP-1", PHONE, null)),
                                item(customer(null, null, null, null)),
                                item(customer("Li Twin", null, PHONE, null)),
                                item("ERP-1", current -> withCity(current, "Hangzhou")),
                                item("THEIRS", current -> withCity(current, "Taken")),
                                item(customer("Wang Wei", null, null, "sales2")),
                                item(customer("Zhao Lei", "ERP-2", null, null))),
                        false));
        assertEquals(List.of("201", "400", "409", "200", "404", "400", "201"), statuses(outcomes));
        long first = outcomes.get(0).stored().id();
        assertEquals(first, outcomes.get(3).stored().id(), "the externalId of an earlier item updates it");
        assertEquals("Hangzhou", outcomes.get(3).stored().city());
        assertEquals("Li Na", outcomes.get(3).stored().name());
        ConflictException duplicate = (ConflictException) outcomes.get(2).refusal();
        assertEquals(Long.toString(first), duplicate.extensions().get("existingId"));
        assertFalse(
                outcomes.get(4).refusal().getMessage().contains(Long.toString(THEIRS)),
                "the other's customer is not named");
        assertEquals(
                "ownerId",
                ((InvalidInputException) outcomes.get(5).refusal())
                        .violations()
                        .get(0)
                        .field());

        assertEquals(3, count("SELECT COUNT(*) FROM customer"));
        assertEquals(1, count("SELECT COUNT(*) FROM customer WHERE external_id = 'THEIRS' AND city IS NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM customer WHERE external_id = 'ERP-1' AND city = 'Hangzhou'"));
        long second = outcomes.get(6).stored().id();
        assertEquals(
                List.of("CREATE customer " + first, "UPDATE customer " + first, "CREATE customer " + second), audited);
        assertEquals(List.of("CREATED " + first, "UPDATED " + first, "CREATED " + second), logged);
        assertEquals(
                List.of("CustomerCreated", "CustomerChanged", "CustomerCreated"),
                fired.stream().map(e -> e.getClass().getSimpleName()).toList());

        // a second call with the same externalId on a create: 409 naming it; sent as a bulk item: an update
        ConflictException taken = assertThrowsConflict(() ->
                inTransaction(em -> customers(em).create(customer("Li Again", "ERP-1", null, null), false)));
        assertEquals(Long.toString(first), taken.extensions().get("existingId"));
        List<ItemOutcome<CustomerView>> again = inTransaction(em ->
                customers(em).upsertAll(List.of(item(customer("Li Na", "ERP-1", PHONE, null))), false));
        assertEquals(List.of("200"), statuses(again));
        assertEquals(3, count("SELECT COUNT(*) FROM customer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void purchasesSentTwice_recordedAndAccruedOnce(String db) throws SQLException {
        database(db);
        long mine = inTransaction(em -> customers(em).create(customer("Buyer", null, null, null), false))
                .id();
        Instant day = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<PurchaseReport> reports = List.of(
                new PurchaseReport(mine, new BigDecimal("120.00"), "CNY", day, "O-1"),
                new PurchaseReport(THEIRS, new BigDecimal("30.00"), "CNY", day, "O-2"),
                new PurchaseReport(mine, new BigDecimal("-1"), "CNY", day, "O-3"),
                new PurchaseReport(mine, new BigDecimal("80.00"), "CNY", day, "O-4"),
                new PurchaseReport(mine, new BigDecimal("80.00"), "CNY", day, "O-4"));
        List<ItemOutcome<PurchaseView>> first =
                inTransaction(em -> purchases(em).addAll(reports));
        assertEquals(List.of("201", "404", "400", "201", "200"), statuses(first));
        assertEquals(first.get(3).stored().id(), first.get(4).stored().id());
        assertEquals(2, accrued.size());

        List<ItemOutcome<PurchaseView>> retried =
                inTransaction(em -> purchases(em).addAll(reports));
        assertEquals(List.of("200", "404", "400", "200", "200"), statuses(retried));
        assertEquals(2, accrued.size(), "a retry accrues nothing");
        assertEquals(2, count("SELECT COUNT(*) FROM purchase"));
        assertEquals(2, count("SELECT purchase_count FROM customer WHERE id = " + mine));

        List<ItemOutcome<PurchaseView>> changed = inTransaction(em ->
                purchases(em).addAll(List.of(new PurchaseReport(mine, new BigDecimal("99.00"), "CNY", day, "O-1"))));
        assertInstanceOf(ConflictException.class, changed.get(0).refusal(), "the same order with another amount");
        assertEquals(2, count("SELECT COUNT(*) FROM purchase"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void customValuesAreTypedStoredFilteredCountedAndHistorized(String db) throws SQLException {
        database(db);
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            String columns = "INSERT INTO custom_field (field_key, label, field_type, enum_values, required, personal,"
                    + " unique_values, version, created_at, updated_at) VALUES ";
            s.execute(columns + "('colour', 'Colour', 'enum', 'red\nblue', FALSE, FALSE, FALSE, 1, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
            s.execute(columns + "('size', 'Size', 'number', NULL, FALSE, FALSE, FALSE, 1, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
            s.execute(columns + "('joined', 'Joined', 'date', NULL, FALSE, FALSE, FALSE, 1, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
            s.execute(columns + "('id_card', 'ID', 'string', NULL, FALSE, TRUE, TRUE, 1, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
        }
        CustomerView first = inTransaction(em -> customers(em)
                .create(
                        customer("Li Na", null, null, null)
                                .withCustom(Map.of(
                                        "colour", "red",
                                        "size", new BigDecimal("42"),
                                        "joined", "2024-02-29",
                                        "id_card", "X-1001")),
                        false));
        assertEquals(Map.of("colour", "red", "size", 42L, "joined", "2024-02-29", "id_card", "X-1001"), first.custom());
        Map<String, Change> created = auditedChanges.get(auditedChanges.size() - 1);
        assertEquals("X***", created.get("custom.id_card").after(), "the trail keeps the personal value masked");
        assertEquals(42L, created.get("custom.size").after());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM customer_custom_value WHERE field_key = 'id_card'"
                        + " AND text_value <> 'X-1001' AND sealed_value IS NOT NULL AND unique_key = text_value"));
        inTransaction(em -> customers(em)
                .create(
                        customer("Wang Fang", null, null, null).withCustom(Map.of("colour", "blue", "size", "38")),
                        false));
        ConflictException taken = assertThrowsConflict(() -> inTransaction(em -> customers(em)
                .create(customer("Zhao Lei", null, null, null).withCustom(Map.of("id_card", "X-1001")), false)));
        assertEquals("custom.id_card", taken.extensions().get("field"));

        CustomerFilter red = filter(List.of(new CustomCriterion("colour", List.of("red"), null, null)));
        assertEquals(1L, countOf(red));
        assertEquals(2L, countOf(filter(List.of(new CustomCriterion("size", List.of(), "38", "42")))));
        assertEquals(1L, countOf(filter(List.of(new CustomCriterion("joined", List.of(), "2024-01-01", null)))));
        assertEquals(1L, countOf(filter(List.of(new CustomCriterion("id_card", List.of("X-1001"), null, null)))));
        assertEquals(
                List.of(first.id()),
                inTransaction(em -> customers(em).list(red, new io.crm.common.PageRequest(50, null))).items().stream()
                        .map(CustomerView::id)
                        .toList());

        CustomerView changed = inTransaction(em -> customers(em)
                .update(
                        first.id(),
                        null,
                        d -> {
                            Map<String, Object> custom = new java.util.HashMap<>(d.custom());
                            custom.remove("colour");
                            custom.put("size", 43L);
                            return d.withCustom(custom);
                        },
                        false));
        assertEquals(Map.of("size", 43L, "joined", "2024-02-29", "id_card", "X-1001"), changed.custom());
        assertEquals(0L, countOf(red));

        // a writer who sees personal data masked may change the other values, not the personal ones
        acting = new Caller(
                "sales1", EnumSet.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_WRITE), Scope.OWN, Set.of("east"));
        CustomerView masked = inTransaction(em -> customers(em)
                .update(
                        first.id(),
                        null,
                        d -> {
                            Map<String, Object> custom = new java.util.HashMap<>(d.custom());
                            custom.put("size", 44L);
                            return d.withCustom(custom);
                        },
                        false));
        assertEquals(Map.of("size", 44L, "joined", "2024-02-29", "id_card", "X***"), masked.custom());
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> inTransaction(em -> customers(em)
                        .update(
                                first.id(),
                                null,
                                d -> {
                                    Map<String, Object> custom = new java.util.HashMap<>(d.custom());
                                    custom.put("id_card", "X-2002");
                                    return d.withCustom(custom);
                                },
                                false)));
        assertEquals("custom.id_card", refused.violations().get(0).field());
        assertEquals(
                9,
                count("SELECT COUNT(*) FROM customer_history WHERE field LIKE 'custom.%'"),
                "four and two set on create, two changed, then the size again");
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM customer_history WHERE field = 'custom.colour'"
                        + " AND from_value = 'red' AND to_value IS NULL"));
    }

    private long countOf(CustomerFilter f) {
        Long n = inTransaction(em -> customers(em).count(f));
        return n;
    }

    private static CustomerFilter filter(List<CustomCriterion> custom) {
        return new CustomerFilter(null, null, null, null, null, null, null, null, null, null, null, custom);
    }

    private static ConflictException assertThrowsConflict(Runnable call) {
        try {
            call.run();
        } catch (ConflictException e) {
            return e;
        }
        throw new AssertionError("expected a 409");
    }

    private static CustomerUpsert item(CustomerData data) {
        return new CustomerUpsert(data.externalId(), () -> data, current -> data);
    }

    private static CustomerUpsert item(String externalId, java.util.function.UnaryOperator<CustomerData> change) {
        return new CustomerUpsert(
                externalId,
                () -> {
                    throw new InvalidInputException("name", "is required");
                },
                change);
    }

    private static CustomerData customer(String name, String externalId, String phone, String owner) {
        return new CustomerData(
                null,
                name,
                phone == null ? List.of() : List.of(phone),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                owner,
                null,
                null,
                externalId);
    }

    private static CustomerData withCity(CustomerData d, String city) {
        return new CustomerData(
                d.type(),
                d.name(),
                d.phones(),
                d.emails(),
                d.wechatId(),
                List.of(),
                d.gender(),
                d.birthday(),
                d.occupation(),
                d.region(),
                city,
                d.source(),
                d.tags(),
                List.of(),
                d.consents(),
                d.ownerId(),
                d.teamId(),
                d.tier(),
                d.externalId());
    }

    private static List<String> statuses(List<? extends ItemOutcome<?>> outcomes) {
        return outcomes.stream()
                .map(o -> o.refusal() == null
                        ? o.storedBefore() ? "200" : "201"
                        : o.refusal() instanceof RecordNotFoundException
                                ? "404"
                                : o.refusal() instanceof ConflictException ? "409" : "400")
                .toList();
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

    private CustomerService customers(EntityManager em) {
        CustomerService service = new CustomerService();
        service.em = em;
        service.currentCaller = caller();
        service.directory = new Directory() {
            @Override
            public Optional<CrmUser> user(String userId) {
                return Optional.of(new CrmUser(userId, userId, userId.equals("sales1") ? "east" : "west"));
            }

            @Override
            public boolean teamExists(String teamId) {
                return true;
            }
        };
        service.duplicates = new DuplicateDetector();
        service.duplicates.em = em;
        service.suppressions = new Suppressions() {
            @Override
            public Optional<ConflictException> suppressed(Set<String> contactKeys) {
                return Optional.empty();
            }
        };
        service.audit = audit();
        service.readAudit = new io.crm.audit.ReadAudit() {
            @Override
            public void record(String actor, String entityType, java.util.Collection<String> entityIds) {
                audited.add("READ_PII " + entityType + " " + entityIds);
            }
        };
        service.changeLog = new ChangeLog() {
            @Override
            public void record(EntityType entity, long id, ChangeKind kind, String actor, ChangeFacts facts) {
                logged.add(kind + " " + id);
            }
        };
        service.events = new DomainEvents() {
            @Override
            public void fire(Record event) {
                fired.add(event);
            }
        };
        service.transactions = transactions(em);
        return service;
    }

    private PurchaseService purchases(EntityManager em) {
        PurchaseService service = new PurchaseService();
        service.em = em;
        service.currentCaller = caller();
        service.currency = "CNY";
        service.audit = audit();
        service.points = new PointsLedger() {
            @Override
            public void accrue(
                    long customerId,
                    Tier tier,
                    LocalDate birthday,
                    long purchaseId,
                    BigDecimal amount,
                    OffsetDateTime occurredAt,
                    String actor) {
                accrued.add(purchaseId);
            }
        };
        service.transactions = transactions(em);
        return service;
    }

    private CurrentCaller caller() {
        return new CurrentCaller() {
            @Override
            public Caller get() {
                return acting;
            }
        };
    }

    private AuditTrail audit() {
        return new AuditTrail() {
            @Override
            public void recordWrite(
                    String actor, AuditAction action, String entityType, String entityId, Map<String, Change> changes) {
                audited.add(action + " " + entityType + " " + entityId);
                auditedChanges.add(changes);
            }
        };
    }

    /** The registry the container gives, answering from the test's own transaction. */
    private static TransactionSynchronizationRegistry transactions(EntityManager em) {
        return new TransactionSynchronizationRegistry() {
            @Override
            public boolean getRollbackOnly() {
                return em.getTransaction().getRollbackOnly();
            }

            @Override
            public Object getTransactionKey() {
                return em.getTransaction();
            }

            @Override
            public void putResource(Object key, Object value) {}

            @Override
            public Object getResource(Object key) {
                return null;
            }

            @Override
            public void registerInterposedSynchronization(Synchronization sync) {}

            @Override
            public int getTransactionStatus() {
                return 0;
            }

            @Override
            public void setRollbackOnly() {
                em.getTransaction().setRollbackOnly();
            }
        };
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
