package io.github.tenantsso.admin;

import io.github.tenantsso.common.StorageException;
import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import io.github.tenantsso.trust.Trust;
import io.github.tenantsso.trust.TrustGroups;
import io.github.tenantsso.write.RoutingVersions;
import io.github.tenantsso.write.TrustWrites;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.models.OrganizationModel;

/**
 * {@code /admin/realms/{realm}/tenant-sso/trusts}: tenants that accept another tenant's SSO connection.
 */
public final class TrustsResource {

    private final AdminContext context;

    TrustsResource(AdminContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Representations.Trust> list() {
        context.requireView();
        Map<String, String> aliases = context.model().connections(context.realm()).all().stream()
                .collect(Collectors.toMap(ConnectionBinding::id, ConnectionBinding::idpAlias));
        return context.model().trusts(context.realm()).all().stream()
                .map(trust -> Representations.Trust.of(trust, aliases.get(trust.connectionId())))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        context.requireManage();
        Representations.TrustRequest request = RequestBodies.read(body, Representations.TrustRequest.class);
        if (request.trustingTenantId() == null) {
            throw ApiException.badRequest("invalid_request", "trustingTenantId is required.", "trustingTenantId");
        }
        if (request.connectionAlias() == null) {
            throw ApiException.badRequest("invalid_request", "connectionAlias is required.", "connectionAlias");
        }
        OrganizationModel trusting = context.organization(request.trustingTenantId());
        ConnectionBinding connection = context.model()
                .connections(context.realm())
                .find(request.connectionAlias())
                .orElseThrow(() -> ApiException.notFound(
                        "connection_not_found",
                        "The identity provider '" + request.connectionAlias() + "' is not bound to an organization."));
        TrustWrites.Outcome outcome;
        try {
            outcome = writes().create(
                            trusting,
                            connection,
                            request.ownerTenantId(),
                            Boolean.TRUE.equals(request.jitEnabled()),
                            request.groupIds(),
                            context.adminId(),
                            context.now(),
                            context.events());
        } catch (StorageException e) {
            throw ApiException.storage(e);
        }
        if (outcome instanceof TrustWrites.OwnerMismatch) {
            throw ApiException.conflict(
                    "owner_mismatch",
                    "The connection " + connection.idpAlias() + " does not belong to organization "
                            + request.ownerTenantId() + ".");
        }
        if (outcome instanceof TrustWrites.GroupsRefused refused) {
            if (refused.problem() instanceof TrustGroups.Malformed malformed) {
                throw ApiException.badRequest("invalid_request", malformed.message(), "groupIds");
            }
            throw ApiException.badRequest(
                    "invalid_group",
                    "'" + ((TrustGroups.NotOrganizationGroup) refused.problem()).groupId()
                            + "' is not a group of organization " + trusting.getAlias() + ".",
                    "groupIds");
        }
        if (outcome instanceof TrustWrites.Conflict conflict) {
            throw ApiException.conflict(conflict.code(), conflict.message());
        }
        Trust trust = ((TrustWrites.Created) outcome).written().trust();
        URI location = context.session()
                .getContext()
                .getUri()
                .getAbsolutePathBuilder()
                .path(trust.id())
                .build();
        return Response.created(location)
                .entity(Representations.Trust.of(trust, connection.idpAlias()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        context.requireManage();
        Trust trust = context.model()
                .trusts(context.realm())
                .find(id)
                .orElseThrow(
                        () -> ApiException.notFound("trust_not_found", "No trust with id '" + id + "' in this realm."));
        // The foreign key makes every trust's connection exist.
        ConnectionBinding connection = context.model()
                .connections(context.realm())
                .byId(trust.connectionId())
                .orElseThrow();
        writes().delete(trust, connection, context.events());
        return Response.noContent().build();
    }

    private TrustWrites writes() {
        return new TrustWrites(
                context.session(), context.realm(), RoutingVersions.each(context.model(), context.realm()));
    }
}
