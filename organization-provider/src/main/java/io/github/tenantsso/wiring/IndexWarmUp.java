package io.github.tenantsso.wiring;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Builds the routing index of every realm with organizations on in the background once the server has started, so
 * that the first logins after a restart find it built instead of waiting for it. One realm after another, each in its
 * own transaction; a login that arrives before its realm is done waits for that one build under the realm's lock, as
 * when cold (see {@link RoutingIndexes}), and logins of realms already built are not held up.
 */
final class IndexWarmUp implements ProviderEventListener {

    private static final Logger LOG = Logger.getLogger(IndexWarmUp.class);

    private final RoutingIndexes indexes;

    IndexWarmUp(RoutingIndexes indexes) {
        this.indexes = indexes;
    }

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof PostMigrationEvent started) {
            Thread thread = new Thread(() -> buildAll(started.getFactory()), "tenant-sso-index-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void buildAll(KeycloakSessionFactory factory) {
        long started = System.nanoTime();
        List<String> realmIds;
        try {
            realmIds = KeycloakModelUtils.runJobInTransactionWithResult(
                    factory,
                    session -> session.realms()
                            .getRealmsStream()
                            .filter(RealmModel::isOrganizationsEnabled)
                            .map(RealmModel::getId)
                            .toList());
        } catch (RuntimeException e) {
            // Logins build each realm's index when they first need it.
            LOG.warnf(e, "Routing indexes not built at start");
            return;
        }
        for (String realmId : realmIds) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, session -> {
                    RealmModel realm = session.realms().getRealm(realmId);
                    if (realm != null) {
                        indexes.get(session, realm);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warnf(e, "Routing index of realm %s not built at start", realmId);
            }
        }
        LOG.infof(
                "Routing indexes of %d realm(s) built at start in %.0f ms",
                realmIds.size(), (System.nanoTime() - started) / 1e6);
    }
}
