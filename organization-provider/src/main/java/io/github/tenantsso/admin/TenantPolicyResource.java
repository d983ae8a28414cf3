package io.github.tenantsso.admin;

import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import io.github.tenantsso.signin.InvalidTenantPolicyException;
import io.github.tenantsso.write.RoutingVersions;
import io.github.tenantsso.write.TenantPolicyWrites;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.OrganizationModel;

/**
 * {@code /admin/realms/{realm}/tenant-sso/tenants/{tenantId}/policy}: the tenant's sign-in policy. {@code DELETE}
 * returns the tenant to the default.
 */
public final class TenantPolicyResource {

    static final String INVALID = InvalidTenantPolicyException.INVALID;

    private final AdminContext context;
    private final String tenantId;

    TenantPolicyResource(AdminContext context, String tenantId) {
        this.context = context;
        this.tenantId = tenantId;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.TenantPolicy get() {
        context.requireView();
        OrganizationModel tenant = context.organization(tenantId);
        return Representations.TenantPolicy.of(writes().current(tenant.getId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.TenantPolicy put(String body) {
        context.requireManage();
        OrganizationModel tenant = context.organization(tenantId);
        Representations.TenantPolicyRequest request =
                RequestBodies.read(body, Representations.TenantPolicyRequest.class, INVALID);
        try {
            return Representations.TenantPolicy.of(writes().put(
                            tenant.getId(),
                            request.signInMethods(),
                            request.mfa(),
                            request.maxSessionAgeSeconds(),
                            request.maxIdleSeconds(),
                            context.now(),
                            context.events()));
        } catch (InvalidTenantPolicyException e) {
            throw ApiException.badRequest(e.code(), e.getMessage(), e.field());
        }
    }

    @DELETE
    public Response reset() {
        context.requireManage();
        OrganizationModel tenant = context.organization(tenantId);
        writes().reset(tenant.getId(), context.events());
        return Response.noContent().build();
    }

    private TenantPolicyWrites writes() {
        return new TenantPolicyWrites(
                context.model(), context.realm(), RoutingVersions.each(context.model(), context.realm()));
    }
}
