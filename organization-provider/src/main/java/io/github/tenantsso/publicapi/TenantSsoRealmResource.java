package io.github.tenantsso.publicapi;

import io.github.tenantsso.PackVersion;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.common.Profile;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The pack's public, unauthenticated resources of one realm.
 */
public final class TenantSsoRealmResource {

    private final KeycloakSession session;

    TenantSsoRealmResource(KeycloakSession session) {
        this.session = session;
    }

    /**
     * Tells an operator that the pack is installed, which version runs, and whether the realm can route logins to
     * tenants at all (organizations need both the server feature and the realm switch).
     */
    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public PackStatus status() {
        RealmModel realm = session.getContext().getRealm();
        boolean organizationsEnabled = Profile.isFeatureEnabled(Profile.Feature.ORGANIZATION) && realm.isOrganizationsEnabled();
        return new PackStatus(PackVersion.get(), realm.getName(), organizationsEnabled);
    }
}
