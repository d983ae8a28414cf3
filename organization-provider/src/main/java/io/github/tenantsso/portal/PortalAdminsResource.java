package io.github.tenantsso.portal;

import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import io.github.tenantsso.tenantadmin.TenantAdmin;
import io.github.tenantsso.write.TenantAdminWrites;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * {@code .../portal/api/tenants/{tenantId}/admins}: the tenant's admins, appointed and removed through
 * {@link TenantAdminWrites} like the admin API's. Only members of the tenant can be appointed; an id of a user outside
 * it gets the same answer as an id of nobody, so the realm's users stay hidden.
 */
public final class PortalAdminsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalCaller caller;
    private final OrganizationModel tenant;

    PortalAdminsResource(KeycloakSession session, PortalCaller caller, OrganizationModel tenant) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.caller = caller;
        this.tenant = tenant;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PortalViews.Admin> list() {
        return session.getProvider(TenantSso.class).tenantAdmins(realm).ofTenant(tenant.getId()).stream()
                .map(this::view)
                .flatMap(Optional::stream)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response appoint(String body) {
        PortalViews.AppointRequest request = RequestBodies.read(body, PortalViews.AppointRequest.class);
        if (request.userId() == null || request.userId().isBlank()) {
            throw ApiException.badRequest("invalid_request", "userId is required.", "userId");
        }
        TenantAdminWrites.Outcome outcome = new TenantAdminWrites(session, realm)
                .appoint(tenant, request.userId(), caller.userId(), Time.currentTimeMillis(), caller.events());
        if (outcome instanceof TenantAdminWrites.Appointed appointed) {
            return Response.status(appointed.changed() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(view(appointed.admin()).orElseThrow())
                    .build();
        }
        throw refused((TenantAdminWrites.Refused) outcome);
    }

    @DELETE
    @Path("{userId}")
    public Response remove(@PathParam("userId") String userId) {
        TenantAdminWrites.Outcome outcome =
                new TenantAdminWrites(session, realm).remove(tenant, userId, caller.userId(), caller.events());
        if (outcome instanceof TenantAdminWrites.Refused refused) {
            throw refused(refused);
        }
        return Response.noContent().build();
    }

    /** Empty for a user removed in this very transaction, before the clean-up took their grant. */
    private Optional<PortalViews.Admin> view(TenantAdmin admin) {
        return Optional.ofNullable(session.users().getUserById(realm, admin.userId()))
                .map(user -> PortalViews.Admin.of(admin, user));
    }

    private static ApiException refused(TenantAdminWrites.Refused refused) {
        return switch (refused.reason()) {
            case SELF_APPOINTMENT ->
                ApiException.forbidden(
                        "self_appointment", "Nobody can appoint themselves; another admin of the tenant can.");
            case NOT_A_MEMBER ->
                ApiException.unprocessable(
                        "not_a_member", "Only a member of the tenant can be appointed as its admin.");
            case NOT_AN_ADMIN -> ApiException.notFound("admin_not_found", "This user is no admin of the tenant.");
        };
    }
}
