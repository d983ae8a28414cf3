package io.github.tenantsso.admin;

import io.github.tenantsso.portal.PortalClient;
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
import org.keycloak.models.OrganizationModel;

/**
 * {@code /admin/realms/{realm}/tenant-sso/tenants/{tenantId}/admins}: who administers the tenant through the portal.
 * A realm admin appoints the first one here, which also gives the realm the portal's client.
 */
public final class TenantAdminsResource {

    private final AdminContext context;
    private final String tenantId;

    TenantAdminsResource(AdminContext context, String tenantId) {
        this.context = context;
        this.tenantId = tenantId;
    }

    record AppointRequest(String userId) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TenantAdmin> list() {
        context.requireView();
        OrganizationModel tenant = context.organization(tenantId);
        return context.model().tenantAdmins(context.realm()).ofTenant(tenant.getId());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response appoint(String body) {
        context.requireManage();
        OrganizationModel tenant = context.organization(tenantId);
        AppointRequest request = RequestBodies.read(body, AppointRequest.class);
        if (request.userId() == null
                || context.session().users().getUserById(context.realm(), request.userId()) == null) {
            throw ApiException.notFound("user_not_found", "No user with this id in this realm.");
        }
        TenantAdminWrites.Outcome outcome = new TenantAdminWrites(context.session(), context.realm())
                .appoint(tenant, request.userId(), context.adminId(), context.now(), context.events());
        if (outcome instanceof TenantAdminWrites.Refused refused) {
            throw refusal(refused);
        }
        PortalClient.ensure(context.session(), context.realm());
        TenantAdminWrites.Appointed appointed = (TenantAdminWrites.Appointed) outcome;
        return Response.status(appointed.changed() ? Response.Status.CREATED : Response.Status.OK)
                .entity(appointed.admin())
                .build();
    }

    @DELETE
    @Path("{userId}")
    public Response remove(@PathParam("userId") String userId) {
        context.requireManage();
        OrganizationModel tenant = context.organization(tenantId);
        TenantAdminWrites.Outcome outcome = new TenantAdminWrites(context.session(), context.realm())
                .remove(tenant, userId, context.adminId(), context.events());
        if (outcome instanceof TenantAdminWrites.Refused refused) {
            throw refusal(refused);
        }
        return Response.noContent().build();
    }

    private static ApiException refusal(TenantAdminWrites.Refused refused) {
        return switch (refused.reason()) {
            case SELF_APPOINTMENT ->
                ApiException.forbidden("self_appointment", "Nobody can appoint themselves as a tenant admin.");
            case NOT_A_MEMBER ->
                ApiException.unprocessable(
                        "not_a_member", "Only a member of the organization can be appointed as its admin.");
            case NOT_AN_ADMIN -> ApiException.notFound("admin_not_found", "This user is no admin of the organization.");
        };
    }
}
