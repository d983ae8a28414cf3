package io.github.tenantsso.admin;

import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import io.github.tenantsso.write.ConnectionWrites;
import io.github.tenantsso.write.RoutingVersions;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.models.IdentityProviderModel;

/**
 * {@code /admin/realms/{realm}/tenant-sso/connections}: identity providers bound to the tenant that owns them. The
 * binding follows Keycloak's own link between identity provider and organization; this API makes that link when
 * it is missing and adds the pack's settings to it.
 */
public final class ConnectionsResource {

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
        ConnectionWrites.Outcome outcome = writes().put(
                        identityProvider(alias),
                        request.tenantId(),
                        context::organization,
                        request.enabled(),
                        request.jitEnabled(),
                        context.adminId(),
                        context.now(),
                        context.events());
        if (outcome instanceof ConnectionWrites.OrganizationMissing) {
            throw ApiException.badRequest(
                    "invalid_request",
                    "The identity provider " + alias + " is not linked to an organization yet: give tenantId.",
                    "tenantId");
        }
        if (outcome instanceof ConnectionWrites.OwnedElsewhere) {
            throw ApiException.conflict(
                    "connection_owned_elsewhere",
                    "The identity provider " + alias + " belongs to another organization; remove that binding first.");
        }
        ConnectionWrites.Bound bound = (ConnectionWrites.Bound) outcome;
        return (bound.created() ? Response.status(Response.Status.CREATED) : Response.ok())
                .entity(Representations.Connection.of(bound.binding()))
                .build();
    }

    /** Unlinks the identity provider from its organization; the trusts in it go with it. */
    @DELETE
    @Path("{alias}")
    public Response delete(@PathParam("alias") String alias) {
        context.requireManage();
        ConnectionBinding binding = binding(alias);
        IdentityProviderModel idp = identityProvider(alias);
        writes().delete(idp, binding, context.organization(binding.organizationId()), context.events());
        return Response.noContent().build();
    }

    private ConnectionWrites writes() {
        return new ConnectionWrites(
                context.session(), context.realm(), RoutingVersions.each(context.model(), context.realm()));
    }

    private IdentityProviderModel identityProvider(String alias) {
        IdentityProviderModel idp = context.session().identityProviders().getByAlias(alias);
        if (idp == null) {
            throw ApiException.notFound(
                    "connection_not_found", "No identity provider with alias '" + alias + "' in this realm.");
        }
        return idp;
    }

    private ConnectionBinding binding(String alias) {
        return bindings()
                .find(alias)
                .orElseThrow(() -> ApiException.notFound(
                        "connection_not_found",
                        "The identity provider '" + alias + "' is not bound to an organization."));
    }

    private ConnectionBindings bindings() {
        return context.model().connections(context.realm());
    }
}
