package io.github.tenantsso.write;

import io.github.tenantsso.domain.DomainClaim;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.dns.RecheckSettings;
import io.github.tenantsso.domain.dns.TxtRecordLookup;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.ScheduledTask;

/**
 * Looks again at the records of the DNS-verified claims of every realm that have not been checked for an interval,
 * the longest waiting first, in small transactions so that a long run holds no locks. Run by one node of a cluster at
 * a time (Keycloak's cluster-aware task runner), and stops after half an interval so that the next run does not
 * overlap it; what it leaves is first in line next time.
 */
public final class DnsRecheckTask implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(DnsRecheckTask.class);
    private static final int CHUNK = 50;

    private final RecheckSettings settings;
    private final Supplier<TxtRecordLookup> dns;

    public DnsRecheckTask(RecheckSettings settings, Supplier<TxtRecordLookup> dns) {
        this.settings = settings;
        this.dns = dns;
    }

    @Override
    public void run(KeycloakSession session) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        long start = Time.currentTimeMillis();
        long due = start - settings.interval().toMillis();
        long stopAt = start + settings.interval().dividedBy(2).toMillis();
        int checked = 0;
        int found;
        do {
            found = KeycloakModelUtils.runJobInTransactionWithResult(
                    factory, chunkSession -> recheckChunk(chunkSession, due));
            checked += found;
        } while (found == CHUNK && Time.currentTimeMillis() < stopAt);
        LOG.debugf("DNS re-check looked at %d verified claim(s) in %d ms.", checked, Time.currentTimeMillis() - start);
    }

    private int recheckChunk(KeycloakSession session, long due) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        List<DomainClaim> claims = DomainClaims.dueForRecheck(em, due, CHUNK);
        ClaimRechecks rechecks = new ClaimRechecks(session, settings.grace());
        for (DomainClaim claim : claims) {
            RealmModel realm = session.realms().getRealm(claim.realmId());
            if (realm == null) {
                // Left by a realm being removed right now; its clean-up deletes the row.
                new DomainClaims(em, claim.realmId())
                        .rechecked(claim, Time.currentTimeMillis(), claim.recordMissingSince());
                continue;
            }
            session.getContext().setRealm(realm);
            rechecks.recheck(realm, claim, dns.get(), Time.currentTimeMillis());
        }
        return claims.size();
    }

    @Override
    public String getTaskName() {
        return "tenant-sso-dns-recheck";
    }
}
