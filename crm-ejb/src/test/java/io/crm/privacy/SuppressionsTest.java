package io.crm.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.ConflictException;
import io.crm.common.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An erased person's phone or email coming back is found among the keys of a new customer, in one query. */
class SuppressionsTest {

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anErasedKeyAmongOthersIsRefused_otherKeysAreNot(String db) throws SQLException {
        String url;
        String user;
        if (db.equals("h2")) {
            url = "jdbc:h2:mem:suppressions;DB_CLOSE_DELAY=-1";
            user = TestDatabases.H2_USER;
            TestDatabases.migrate(url, null, "latest");
        } else {
            url = TestDatabases.freshPostgresSchema("suppressions_test");
            user = TestDatabases.POSTGRES_USER;
            TestDatabases.migrate(url, "suppressions_test", "latest");
        }
        SuppressionKey key = new SuppressionKey(new byte[32]);
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                PreparedStatement insert = c.prepareStatement("INSERT INTO privacy_suppression (key_hash, kind,"
                        + " customer_id, created_at) VALUES (?, 'EMAIL', 7, CURRENT_TIMESTAMP)")) {
            s.execute("DELETE FROM privacy_suppression");
            insert.setString(1, key.hmac("email:gone@example.com"));
            insert.execute();
        }
        emf = Persistence.createEntityManagerFactory(
                "timeline-test", Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user));
        EntityManager em = emf.createEntityManager();
        try {
            Suppressions suppressions = new Suppressions();
            suppressions.em = em;
            suppressions.key = key;
            Set<String> keys = new LinkedHashSet<>(List.of("phone:+8613912345678", "email:gone@example.com"));
            Optional<ConflictException> refusal = suppressions.suppressed(keys);
            assertTrue(refusal.isPresent());
            assertEquals("emails", refusal.get().extensions().get("field"));
            assertEquals("true", refusal.get().extensions().get("suppressed"));
            assertEquals(Optional.empty(), suppressions.suppressed(Set.of("phone:+8613912345678", "email:new@x.cn")));
            assertEquals(Optional.empty(), suppressions.suppressed(Set.of()));
        } finally {
            em.close();
        }
    }
}
