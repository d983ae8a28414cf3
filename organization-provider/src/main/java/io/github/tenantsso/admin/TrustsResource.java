package io.github.tenantsso.admin;

import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.model.ConflictException;
import io.github.tenantsso.model.StorageException;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.trust.OrganizationGroups;
import io.github.tenantsso.trust.TrustEntity;
import io.github.tenantsso.trust.TrustGroups;
import io.github.tenantsso.trust.TrustRevocation;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.OrganizationModel;

/**
 * {@code /admin/realms/{realm}/tenant-sso/trusts}: tenants that accept another tenant's SSO connection.
 */
public final class TrustsResource {

    static final String TRUST_RESOURCE = "TRUST";
    /** Admin event detail: how many sessions severing the trust ended. */
    static final String REVOKED_SESSIONS_DETAIL = "tenant_sso_revoked_sessions";

    private final AdminContext context;

    TrustsResource(AdminContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Representations.Trust> list() {
        context.requireView();
        Map<String, String> aliases = context.model().connections(context.realm()).all().stream()
                .collect(Collectors.toMap(ConnectionBindingEntity::getId, ConnectionBindingEntity::getIdpAlias));
        return context.model().trusts(context.realm()).all().stream()
                .map(trust -> Representations.Trust.of(trust, aliases.get(trust.getConnectionId())))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        context.requireManage();
        Representations.TrustRequest request = RequestBodies.read(body, Representations.TrustRequest.class);
        if (request.trustingOrganizationId() == null) {
            throw ApiException.badRequest("invalid_request", "trustingOrganizationId is required.", "trustingOrganizationId");
        }
        if (request.connectionAlias() == null) {
            throw ApiException.badRequest("invalid_request", "connectionAlias is required.", "connectionAlias");
        }
        OrganizationModel trusting = context.organization(request.trustingOrganizationId());
        ConnectionBindingEntity connection = context.model().connections(context.realm()).find(request.connectionAlias())
                .orElseThrow(() -> ApiException.notFound("connection_not_found",
                        "The identity provider '" + request.connectionAlias() + "' is not bound to an organization."));
        if (request.ownerOrganizationId() != null && !request.ownerOrganizationId().equals(connection.getOrganizationId())) {
            throw ApiException.conflict("owner_mismatch",
                    "The connection " + connection.getIdpAlias() + " does not belong to organization " + request.ownerOrganizationId() + ".");
        }
        List<String> groupIds;
        try {
            groupIds = TrustGroups.of(request.groupIds());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_request", e.getMessage(), "groupIds");
        }
        for (String groupId : groupIds) {
            requireOrganizationGroup(trusting, groupId);
        }
        try {
            TrustEntity trust = context.model().trusts(context.realm()).create(trusting.getId(), connection,
                    Boolean.TRUE.equals(request.jitEnabled()), groupIds, context.adminId(), context.now());
            context.model().changed(context.realm(), RoutingChange.tenant(trusting.getId()));
            Representations.Trust representation = Representations.Trust.of(trust, connection.getIdpAlias());
            context.event(TRUST_RESOURCE, OperationType.CREATE, representation);
            URI location = context.session().getContext().getUri().getAbsolutePathBuilder().path(trust.getId()).build();
            return Response.created(location).entity(representation).build();
        } catch (ConflictException e) {
            throw ApiException.conflict(e.code(), e.getMessage());
        } catch (StorageException e) {
            throw ApiException.storage(e);
        }
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        context.requireManage();
        TrustEntity trust = context.model().trusts(context.realm()).find(id)
                .orElseThrow(() -> ApiException.notFound("trust_not_found", "No trust with id '" + id + "' in this realm."));
        // The foreign key makes every trust's connection exist.
        ConnectionBindingEntity connection = context.model().connections(context.realm()).byId(trust.getConnectionId()).orElseThrow();
        Representations.Trust representation = Representations.Trust.of(trust, connection.getIdpAlias());
        int revoked = TrustRevocation.sever(context.session(), context.realm(), trust, connection);
        context.event(TRUST_RESOURCE, OperationType.DELETE, representation, Map.of(REVOKED_SESSIONS_DETAIL, Integer.toString(revoked)));
        return Response.noContent().build();
    }

    private void requireOrganizationGroup(OrganizationModel organization, String groupId) {
        if (!OrganizationGroups.belongsTo(context.session(), context.realm(), organization, groupId)) {
            throw ApiException.badRequest("invalid_group",
                    "'" + groupId + "' is not a group of organization " + organization.getAlias() + ".", "groupIds");
        }
    }
}
