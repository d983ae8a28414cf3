package io.github.tenantsso.publicapi;

import io.github.tenantsso.PackVersion;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.exchange.SessionResource;
import io.github.tenantsso.exchange.TenantMemberResource;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.portal.PortalPagesResponses;
import io.github.tenantsso.portal.PortalResource;
import io.github.tenantsso.rest.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.keycloak.common.Profile;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The pack's resources of one realm for everyone (status, discovery) and for signed-in users (their session,
 * tenant-scoped reads with an access token, and the tenant admin portal's pages and API).
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
        boolean organizationsEnabled =
                Profile.isFeatureEnabled(Profile.Feature.ORGANIZATION) && realm.isOrganizationsEnabled();
        return new PackStatus(PackVersion.get(), realm.getName(), organizationsEnabled);
    }

    /**
     * The SSO options routing would offer for an e-mail address, and the tenant hint under the realm's hint
     * parameter name ({@code tenantId} unless changed). Reveals nothing a login with the same input would not.
     */
    @GET
    @Path("discovery")
    @Produces(MediaType.APPLICATION_JSON)
    public Discovery.Answer discovery(@QueryParam("email") String email, @Context UriInfo uri) {
        RealmModel realm = session.getContext().getRealm();
        DomainName domain;
        try {
            domain = DomainName.ofEmail(email);
        } catch (InvalidDomainException e) {
            throw ApiException.badRequest(e.reason().code(), e.getMessage(), "email");
        }
        String hintParameter = session.getProvider(TenantSso.class)
                .policies()
                .get(realm.getId())
                .hintParameter();
        return new Discovery(session, realm)
                .discover(domain, uri.getQueryParameters().getFirst(hintParameter));
    }

    @Path("session")
    public SessionResource session() {
        return new SessionResource(session);
    }

    @Path("tenants")
    public TenantMemberResource tenants() {
        return new TenantMemberResource(session);
    }

    /** The tenant admin portal's page, which signs its admin in and calls {@link #portal()}. */
    @GET
    @Path("portal")
    public Response portalPage(@Context UriInfo uri) {
        return new PortalPagesResponses(session).page(uri);
    }

    /** A script, style sheet or font of the portal's page. */
    @GET
    @Path("portal/assets/{file}")
    public Response portalAsset(@PathParam("file") String file) {
        return new PortalPagesResponses(session).asset(file);
    }

    /** The tenant admin portal's API, for access tokens of the portal's client. */
    @Path("portal/api")
    public PortalResource portal() {
        return new PortalResource(session);
    }
}
