package io.github.tenantsso.portal;

import io.github.tenantsso.audit.AuditQuery;
import io.github.tenantsso.audit.AuditQueryParams;
import io.github.tenantsso.model.RealmOrganizations;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.AuditPages;
import io.github.tenantsso.tenantadmin.TenantAdmin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * {@code /realms/{realm}/tenant-sso/portal/api}: the tenant admin portal's API. Every call needs an access token of
 * the portal's client ({@link PortalCaller}); every call about a tenant needs the caller to administer it
 * ({@link PortalAccess}), and otherwise gets the same 404 {@code not_found} whether the tenant exists or not.
 */
public final class PortalResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    public PortalResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    /** The caller and the tenants they administer. */
    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    public PortalViews.Me me() {
        PortalCaller caller = PortalCaller.authenticate(session);
        var tenants = session.getProvider(TenantSso.class).tenantAdmins(realm).ofUser(caller.userId()).stream()
                .map(TenantAdmin::tenantId)
                .map(id -> administered(caller, id))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(OrganizationModel::getAlias))
                .map(tenant -> new PortalViews.Tenant(tenant.getId(), tenant.getAlias(), tenant.getName()))
                .toList();
        return new PortalViews.Me(caller.userId(), caller.user().getUsername(), tenants);
    }

    @Path("tenants/{tenantId}/domains")
    public PortalDomainsResource domains(@PathParam("tenantId") String tenantId) {
        PortalCaller caller = PortalCaller.authenticate(session);
        return new PortalDomainsResource(session, caller, tenant(caller, tenantId));
    }

    @Path("tenants/{tenantId}/connections")
    public PortalConnectionsResource connections(@PathParam("tenantId") String tenantId) {
        PortalCaller caller = PortalCaller.authenticate(session);
        return new PortalConnectionsResource(session, caller, tenant(caller, tenantId));
    }

    @Path("tenants/{tenantId}/admins")
    public PortalAdminsResource admins(@PathParam("tenantId") String tenantId) {
        PortalCaller caller = PortalCaller.authenticate(session);
        return new PortalAdminsResource(session, caller, tenant(caller, tenantId));
    }

    /**
     * The tenant's audit trail: only the events that name it, none of the realm's own, filtered and paged as the
     * admin API's (its {@code tenant} parameter is ignored).
     */
    @GET
    @Path("tenants/{tenantId}/audit")
    @Produces({MediaType.APPLICATION_JSON, AuditQueryParams.JSON_LINES})
    public Response audit(@PathParam("tenantId") String tenantId, @Context UriInfo uri, @Context HttpHeaders headers) {
        PortalCaller caller = PortalCaller.authenticate(session);
        OrganizationModel tenant = tenant(caller, tenantId);
        AuditQuery query = AuditPages.query(uri.getQueryParameters(), headers).forTenant(tenant.getId());
        return AuditPages.page(session.getProvider(TenantSso.class).audit(realm), query);
    }

    private OrganizationModel tenant(PortalCaller caller, String tenantId) {
        return administered(caller, tenantId)
                .orElseThrow(() -> ApiException.notFound("not_found", "You administer no tenant with this id."));
    }

    /** The tenant if the caller administers it, looked up the same way whether or not it exists. */
    private Optional<OrganizationModel> administered(PortalCaller caller, String tenantId) {
        Optional<OrganizationModel> tenant = realm.isOrganizationsEnabled() && tenantId != null && !tenantId.isBlank()
                ? RealmOrganizations.byId(session, realm, tenantId)
                : Optional.empty();
        boolean administers = session.getProvider(TenantSso.class)
                .tenantAdmins(realm)
                .find(Objects.requireNonNullElse(tenantId, ""), caller.userId())
                .isPresent();
        boolean member = tenant.map(
                        t -> session.getProvider(OrganizationProvider.class).getMemberById(t, caller.userId()) != null)
                .orElse(false);
        PortalAccess.TenantOutcome outcome = PortalAccess.tenant(new PortalAccess.TenantInput(
                tenant.isPresent(), tenant.map(OrganizationModel::isEnabled).orElse(false), administers, member));
        return outcome instanceof PortalAccess.Administers ? tenant : Optional.empty();
    }
}
