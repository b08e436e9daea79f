package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {

    @Test
    void aLockWaitGivenUpIsBusyWhereverItIsInTheCauses() {
        for (String state : new String[] {"HYT00", "55P03", "40P01", "40001"}) {
            assertTrue(
                    ConcurrentWrites.isBusy(
                            new PersistenceException(new RuntimeException(new SQLException("lock", state)))),
                    state);
            assertFalse(ConcurrentWrites.isDuplicate(new SQLException("lock", state)), state);
        }
    }

    @Test
    void aUniqueViolationIsADuplicateNotBusy() {
        Throwable thrown = new PersistenceException(new SQLException("duplicate key", "23505"));
        assertTrue(ConcurrentWrites.isDuplicate(thrown));
        assertFalse(ConcurrentWrites.isBusy(thrown));
    }

    @Test
    void aRowChangedUnderTheRequestIsALostUpdateAlsoWhenTheCommitFoundIt() {
        Throwable atCommit = new jakarta.ejb.EJBTransactionRolledbackException(
                "commit", new RuntimeException(new jakarta.persistence.OptimisticLockException("version")));
        assertTrue(ConcurrentWrites.isLostUpdate(atCommit));
        assertFalse(ConcurrentWrites.isBusy(atCommit));
        assertFalse(ConcurrentWrites.isDuplicate(atCommit));
    }

    @Test
    void otherFailuresAreNeither() {
        for (Throwable thrown : new Throwable[] {
            new SQLException("syntax", "42601"),
            new SQLException("no state"),
            new IllegalStateException("not the database")
        }) {
            assertFalse(ConcurrentWrites.isBusy(thrown), thrown::toString);
            assertFalse(ConcurrentWrites.isDuplicate(thrown), thrown::toString);
            assertFalse(ConcurrentWrites.isLostUpdate(thrown), thrown::toString);
        }
    }
}
