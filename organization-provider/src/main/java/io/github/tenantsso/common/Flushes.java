package io.github.tenantsso.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.ModelException;

/**
 * Writes the pending changes now, so that the database's constraints answer inside the request. Keycloak's entity
 * manager turns a constraint violation into {@link ModelDuplicateException} and any other failure into
 * {@link ModelException}, never a {@code PersistenceException}; this tells the three apart.
 */
public final class Flushes {

    /** Lock timeouts, deadlocks and serialization failures of H2, PostgreSQL and MariaDB. */
    private static final Set<String> LOCK_SQL_STATES = Set.of("HYT00", "40001", "40P01", "55P03");

    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;

    private Flushes() {}

    /**
     * @throws ConflictException from {@code onDuplicate} when a unique constraint refused the change
     * @throws StorageException  when a lock or the database itself refused it
     */
    public static void flush(EntityManager em, Supplier<ConflictException> onDuplicate) {
        try {
            em.flush();
        } catch (ModelDuplicateException e) {
            throw onDuplicate.get();
        } catch (ModelException e) {
            throw new StorageException(isLockFailure(e), e);
        }
    }

    static boolean isLockFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockTimeoutException || cause instanceof PessimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (LOCK_SQL_STATES.contains(sql.getSQLState())
                            || sql.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
