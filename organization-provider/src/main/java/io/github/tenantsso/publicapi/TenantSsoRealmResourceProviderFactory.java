package io.github.tenantsso.publicapi;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts the pack's public resources at {@code /realms/{realm}/tenant-sso}.
 */
public final class TenantSsoRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "tenant-sso";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new TenantSsoRealmResourceProvider(session);
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
