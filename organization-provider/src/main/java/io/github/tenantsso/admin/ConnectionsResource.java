package io.github.tenantsso.admin;

import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.model.RoutingChange;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * {@code /admin/realms/{realm}/tenant-sso/connections}: identity providers bound to the tenant that owns them. The
 * binding follows Keycloak's own link between identity provider and organization; this API makes that link when
 * it is missing and adds the pack's settings to it.
 */
public final class ConnectionsResource {

    static final String CONNECTION_RESOURCE = "CONNECTION";

    private final AdminContext context;

    ConnectionsResource(AdminContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Representations.Connection> list() {
        context.requireView();
        return bindings().all().stream().map(Representations.Connection::of).toList();
    }

    @GET
    @Path("{alias}")
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Connection get(@PathParam("alias") String alias) {
        context.requireView();
        return Representations.Connection.of(binding(alias));
    }

    /**
     * Binds the identity provider to an organization (linking it in Keycloak if it is not yet linked) and sets
     * whether it routes and whether it provisions members just in time. Fields left out keep their values. Answers
     * 201 when this made the binding, 200 when it updated one.
     */
    @PUT
    @Path("{alias}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("alias") String alias, String body) {
        context.requireManage();
        Representations.ConnectionRequest request = RequestBodies.read(body, Representations.ConnectionRequest.class);
        IdentityProviderModel idp = identityProvider(alias);
        boolean created = idp.getOrganizationId() == null;
        if (created) {
            if (request.organizationId() == null) {
                throw ApiException.badRequest("invalid_request",
                        "The identity provider " + alias + " is not linked to an organization yet: give organizationId.", "organizationId");
            }
            OrganizationModel organization = context.organization(request.organizationId());
            context.session().getProvider(OrganizationProvider.class).addIdentityProvider(organization, idp);
        } else if (request.organizationId() != null && !request.organizationId().equals(idp.getOrganizationId())) {
            throw ApiException.conflict("connection_owned_elsewhere",
                    "The identity provider " + alias + " belongs to another organization; remove that binding first.");
        }

        ConnectionBindingEntity binding = binding(alias);
        if (created) {
            binding.setCreatedBy(context.adminId());
        }
        if (request.enabled() != null) {
            binding.setEnabled(request.enabled());
        }
        if (request.jitEnabled() != null) {
            binding.setJitEnabled(request.jitEnabled());
        }
        context.model().changed(context.realm(), RoutingChange.connection(alias));
        Representations.Connection representation = Representations.Connection.of(binding);
        context.event(CONNECTION_RESOURCE, created ? OperationType.CREATE : OperationType.UPDATE, representation);
        return (created ? Response.status(Response.Status.CREATED) : Response.ok()).entity(representation).build();
    }

    /** Unlinks the identity provider from its organization; the trusts in it go with it. */
    @DELETE
    @Path("{alias}")
    public Response delete(@PathParam("alias") String alias) {
        context.requireManage();
        ConnectionBindingEntity binding = binding(alias);
        Representations.Connection representation = Representations.Connection.of(binding);
        IdentityProviderModel idp = identityProvider(alias);
        OrganizationModel organization = context.organization(binding.getOrganizationId());
        context.session().getProvider(OrganizationProvider.class).removeIdentityProvider(organization, idp);
        bindings().unbind(alias);
        context.model().changed(context.realm(), RoutingChange.connection(alias));
        context.event(CONNECTION_RESOURCE, OperationType.DELETE, representation);
        return Response.noContent().build();
    }

    private IdentityProviderModel identityProvider(String alias) {
        IdentityProviderModel idp = context.session().identityProviders().getByAlias(alias);
        if (idp == null) {
            throw ApiException.notFound("connection_not_found", "No identity provider with alias '" + alias + "' in this realm.");
        }
        return idp;
    }

    private ConnectionBindingEntity binding(String alias) {
        return bindings().find(alias)
                .orElseThrow(() -> ApiException.notFound("connection_not_found", "The identity provider '" + alias + "' is not bound to an organization."));
    }

    private ConnectionBindings bindings() {
        return context.model().connections(context.realm());
    }
}
