package io.github.tenantsso.it.harness;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import java.util.HashMap;
import java.util.Map;

import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;

/**
 * Creates tenants (Keycloak organizations) in a test realm through Keycloak's own admin API.
 */
public final class Tenants {

    private Tenants() {
    }

    /** Creates an organization named and aliased {@code alias}, with a placeholder domain Keycloak requires. */
    public static String create(ManagedRealm realm, String alias) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(alias);
        organization.setAlias(alias);
        organization.setEnabled(true);
        try (Response response = realm.admin().organizations().create(organization)) {
            String id = CreatedResponseUtil.getCreatedId(response);
            realm.cleanup().add(r -> r.organizations().get(id).delete().close());
            return id;
        }
    }

    /** Creates an enabled OIDC identity provider (its endpoints are never called by these tests). */
    public static void createIdentityProvider(ManagedRealm realm, String alias, String displayName) {
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(alias);
        idp.setDisplayName(displayName);
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        idp.setConfig(new HashMap<>(Map.of(
                "clientId", "client",
                "clientSecret", "secret",
                "authorizationUrl", "http://localhost:8080/realms/nowhere/protocol/openid-connect/auth",
                "tokenUrl", "http://localhost:8080/realms/nowhere/protocol/openid-connect/token")));
        realm.admin().identityProviders().create(idp).close();
        realm.cleanup().add(r -> {
            if (r.identityProviders().findAll().stream().anyMatch(existing -> existing.getAlias().equals(alias))) {
                r.identityProviders().get(alias).remove();
            }
        });
    }

    /** A realm with organizations and admin events on. */
    public static final class OrganizationsRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.organizationsEnabled(true).adminEventsEnabled(true).adminEventsDetailsEnabled(true);
        }
    }
}
