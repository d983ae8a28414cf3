package io.github.tenantsso.wiring;

import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Brings this node's routing index of a realm up to a write's version as soon as the write has committed, in a
 * session of its own, so that the write request pays for the realm's cache reload and the index patch instead of the
 * next login. Runs after Keycloak's realm cache invalidation (enlisted before it), so it reads the committed version.
 * Other nodes still catch up at their first login after the change.
 */
final class CatchUpAfterCommit extends AbstractKeycloakTransaction {

    private static final Logger LOG = Logger.getLogger(CatchUpAfterCommit.class);

    private final KeycloakSessionFactory sessionFactory;
    private final RoutingIndexes indexes;
    private final String realmId;

    CatchUpAfterCommit(KeycloakSessionFactory sessionFactory, RoutingIndexes indexes, String realmId) {
        this.sessionFactory = sessionFactory;
        this.indexes = indexes;
        this.realmId = realmId;
    }

    @Override
    protected void commitImpl() {
        try {
            KeycloakModelUtils.runJobInTransaction(sessionFactory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                if (realm != null) {
                    indexes.get(session, realm);
                }
            });
        } catch (RuntimeException e) {
            // The write has committed; the next login of the realm catches up instead.
            LOG.warnf(e, "Routing index of realm %s not brought up to date after a change", realmId);
        }
    }

    @Override
    protected void rollbackImpl() {
        // Nothing was applied: the index is only touched once the write has committed.
    }
}
