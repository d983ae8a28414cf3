package io.github.tenantsso.write;

import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import org.keycloak.models.RealmModel;

/**
 * How a write service tells the nodes that routing data changed: once per write ({@link #each}), or, for a bulk
 * import, once for the whole batch as a full rebuild ({@link #batched}, then {@link #finish}).
 */
public final class RoutingVersions {

    private final TenantSso model;
    private final RealmModel realm;
    private final boolean batched;
    private boolean pending;

    private RoutingVersions(TenantSso model, RealmModel realm, boolean batched) {
        this.model = model;
        this.realm = realm;
        this.batched = batched;
    }

    public static RoutingVersions each(TenantSso model, RealmModel realm) {
        return new RoutingVersions(model, realm, false);
    }

    public static RoutingVersions batched(TenantSso model, RealmModel realm) {
        return new RoutingVersions(model, realm, true);
    }

    public void changed(RoutingChange change) {
        if (batched) {
            pending = true;
        } else {
            model.changed(realm, change);
        }
    }

    /** Ends a batch: one version bump, for a full rebuild, if any write of it changed routing data. */
    public void finish() {
        if (batched && pending) {
            pending = false;
            model.changed(realm);
        }
    }
}
