package io.github.tenantsso.audit;

import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.ScheduledTask;

/**
 * Deletes the audit events of every realm older than the retention, in small transactions so that a long purge
 * holds no long locks, for at most a few minutes a run. Run by one node of a cluster at a time (Keycloak's
 * cluster-aware task runner); what it leaves goes next time.
 */
public final class AuditPurgeTask implements ScheduledTask {

    /** How often the cluster purges. */
    public static final long INTERVAL_MILLIS = 60 * 60 * 1000L;

    private static final Logger LOG = Logger.getLogger(AuditPurgeTask.class);
    private static final int CHUNK = 500;
    private static final long MAX_RUN_MILLIS = 5 * 60 * 1000L;

    private final AuditRetention retention;

    public AuditPurgeTask(AuditRetention retention) {
        this.retention = retention;
    }

    @Override
    public void run(KeycloakSession session) {
        long start = Time.currentTimeMillis();
        long before = start - retention.period().toMillis();
        int purged = 0;
        int found;
        do {
            found = KeycloakModelUtils.runJobInTransactionWithResult(
                    session.getKeycloakSessionFactory(), chunk -> AuditTrail.purge(em(chunk), before, CHUNK));
            purged += found;
        } while (found == CHUNK && Time.currentTimeMillis() - start < MAX_RUN_MILLIS);
        LOG.debugf(
                "Audit purge deleted %d event(s) older than %d days.",
                purged, retention.period().toDays());
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    @Override
    public String getTaskName() {
        return "tenant-sso-audit-purge";
    }
}
