package io.github.tenantsso.publicapi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

final class TenantSsoRealmResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    TenantSsoRealmResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new TenantSsoRealmResource(session);
    }

    @Override
    public void close() {}
}
