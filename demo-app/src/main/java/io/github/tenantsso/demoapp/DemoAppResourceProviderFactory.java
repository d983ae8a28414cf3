package io.github.tenantsso.demoapp;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts the demo's sample application at {@code /realms/{realm}/demo-app/}, on the Keycloak it signs in to, so that
 * the demo needs no second server and the page calls Keycloak from its own origin.
 */
public final class DemoAppResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "demo-app";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new DemoAppResource(session);
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
