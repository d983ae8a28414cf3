package io.github.tenantsso.wiring;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Global, so it hears every realm's admin events without being added to a realm's event listeners: Keycloak's model
 * fires no event when an organization's domains change, its admin API's event is the one sign of an edit.
 */
public final class KeycloakDomainEditsFactory implements EventListenerProviderFactory {

    public static final String ID = "tenant-sso-organization-domains";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new KeycloakDomainEdits(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
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
