package io.github.tenantsso.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;

/**
 * Creates tenants (Keycloak organizations) in a test realm through Keycloak's own admin API.
 */
public final class Tenants {

    private Tenants() {}

    /**
     * Creates an enabled organization named and aliased {@code alias}, without domains (Keycloak needs none; a
     * tenant's domains are the pack's claims), deleted again when the test's realm is cleaned up.
     */
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
            if (r.identityProviders().findAll().stream()
                    .anyMatch(existing -> existing.getAlias().equals(alias))) {
                r.identityProviders().get(alias).remove();
            }
        });
    }

    /** The id of the realm's organization with this alias. */
    public static String idOf(ManagedRealm realm, String alias) {
        return realm.admin().organizations().search(alias).stream()
                .filter(organization -> organization.getAlias().equals(alias))
                .map(OrganizationRepresentation::getId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No organization " + alias + " in " + realm.getName()));
    }

    /** Sets (or replaces) single-valued attributes of the organization with this alias. */
    public static void setAttributes(ManagedRealm realm, String alias, Map<String, String> attributes) {
        var organization = realm.admin().organizations().get(idOf(realm, alias));
        OrganizationRepresentation representation = organization.toRepresentation();
        Map<String, List<String>> all = new HashMap<>();
        if (representation.getAttributes() != null) {
            all.putAll(representation.getAttributes());
        }
        attributes.forEach((name, value) -> all.put(name, List.of(value)));
        representation.setAttributes(all);
        organization.update(representation).close();
    }

    /** Aliases of a user's tenants as the pack records them, oldest membership first. */
    public static List<String> ofUser(ManagedRealm realm, AdminApi api, String userId) {
        List<String> aliases = new ArrayList<>();
        for (JsonNode membership :
                api.get("/users/" + userId + "/tenants").json().path("memberships")) {
            aliases.add(realm.admin()
                    .organizations()
                    .get(membership.path("tenantId").asText())
                    .toRepresentation()
                    .getAlias());
        }
        return aliases;
    }

    /** A realm with organizations and admin events on. */
    public static final class OrganizationsRealm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm.organizationsEnabled(true).adminEventsEnabled(true).adminEventsDetailsEnabled(true);
        }
    }
}
