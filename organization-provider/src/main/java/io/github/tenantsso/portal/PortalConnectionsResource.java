package io.github.tenantsso.portal;

import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.connection.setup.SetupRefusedException;
import io.github.tenantsso.model.ConnectionSetupSettings;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import io.github.tenantsso.write.ConnectionWrites;
import io.github.tenantsso.write.RoutingVersions;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.keycloak.common.util.Time;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * {@code .../portal/api/tenants/{tenantId}/connections}: the tenant's own SSO connections, written through
 * {@link ConnectionWrites} like the admin API's. An identity provider that is not bound to this tenant is answered
 * as one that does not exist. Client secrets are written, never read.
 */
public final class PortalConnectionsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PortalCaller caller;
    private final OrganizationModel tenant;

    PortalConnectionsResource(KeycloakSession session, PortalCaller caller, OrganizationModel tenant) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.caller = caller;
        this.tenant = tenant;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PortalViews.Connection> list() {
        return model().connections(realm).ofTenant(tenant.getId()).stream()
                .sorted(Comparator.comparing(ConnectionBinding::createdAt).thenComparing(ConnectionBinding::idpAlias))
                .map(this::view)
                .toList();
    }

    @GET
    @Path("{alias}")
    @Produces(MediaType.APPLICATION_JSON)
    public PortalViews.Connection get(@PathParam("alias") String alias) {
        return view(binding(alias));
    }

    /** A new OIDC connection from the identity provider's discovery document, created switched off. */
    @POST
    @Path("oidc")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createOidc(String body) {
        PortalViews.OidcRequest request = RequestBodies.read(body, PortalViews.OidcRequest.class);
        required(request.clientId(), "clientId");
        required(request.clientSecret(), "clientSecret");
        bounded(request.displayName(), request.clientId(), request.clientSecret());
        IdentityProviderModel draft;
        try {
            draft = drafts().oidc(
                            tenant,
                            request.displayName(),
                            request.discoveryUrl(),
                            request.clientId().strip(),
                            request.clientSecret());
        } catch (SetupRefusedException e) {
            throw refused(e);
        }
        return create(draft, request.jitEnabled());
    }

    /** A new SAML connection from the metadata at a URL or the metadata itself, created switched off. */
    @POST
    @Path("saml")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createSaml(String body) {
        PortalViews.SamlRequest request = RequestBodies.read(body, PortalViews.SamlRequest.class);
        boolean byUrl = !ConnectionDrafts.blank(request.metadataUrl());
        boolean byFile = !ConnectionDrafts.blank(request.metadataXml());
        if (byUrl == byFile) {
            throw ApiException.badRequest(
                    "invalid_request",
                    "Give either metadataUrl or metadataXml.",
                    byUrl ? "metadataXml" : "metadataUrl");
        }
        bounded(request.displayName(), null, null);
        IdentityProviderModel draft;
        try {
            draft = drafts().saml(
                            tenant,
                            request.displayName(),
                            request.metadataUrl(),
                            request.metadataXml(),
                            realmUrl() + "/broker/{alias}");
        } catch (SetupRefusedException e) {
            throw refused(e);
        }
        return create(draft, request.jitEnabled());
    }

    /** Switches the connection on or off and sets just-in-time provisioning; fields left out keep their values. */
    @PATCH
    @Path("{alias}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PortalViews.Connection update(@PathParam("alias") String alias, String body) {
        PortalViews.ConnectionSettings request = RequestBodies.read(body, PortalViews.ConnectionSettings.class);
        ConnectionBinding binding = binding(alias);
        return view(writes().switchOn(
                        identityProvider(binding), binding, request.enabled(), request.jitEnabled(), caller.events()));
    }

    /** Replaces an OIDC connection's client secret; the answer, like every other, does not show it. */
    @PUT
    @Path("{alias}/client-secret")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rotateSecret(@PathParam("alias") String alias, String body) {
        PortalViews.SecretRequest request = RequestBodies.read(body, PortalViews.SecretRequest.class);
        required(request.clientSecret(), "clientSecret");
        bounded(null, null, request.clientSecret());
        ConnectionBinding binding = binding(alias);
        IdentityProviderModel idp = identityProvider(binding);
        if (!ConnectionDrafts.OIDC.equals(idp.getProviderId())) {
            throw ApiException.badRequest(
                    "connection_has_no_secret", "Only an OIDC connection has a client secret.", "clientSecret");
        }
        writes().rotateSecret(idp, binding, request.clientSecret(), caller.events());
        return Response.noContent().build();
    }

    /** Deletes the connection: unbound (the trusts in it severed, their sessions ended) and removed from Keycloak. */
    @DELETE
    @Path("{alias}")
    public Response delete(@PathParam("alias") String alias) {
        ConnectionBinding binding = binding(alias);
        writes().remove(identityProvider(binding), binding, tenant, caller.events());
        return Response.noContent().build();
    }

    private Response create(IdentityProviderModel draft, Boolean jitEnabled) {
        ConnectionSetupSettings settings = model().connectionSetup();
        ConnectionWrites.CreateOutcome outcome = writes().create(
                        draft,
                        tenant,
                        Boolean.TRUE.equals(jitEnabled),
                        settings.firstBrokerLoginFlow(),
                        settings.postBrokerLoginFlow(),
                        caller.userId(),
                        Time.currentTimeMillis(),
                        caller.events());
        if (outcome instanceof ConnectionWrites.AliasTaken) {
            throw ApiException.conflict(
                    "connection_alias_taken", "Another identity provider has this alias; try again.");
        }
        if (outcome instanceof ConnectionWrites.FlowMissing) {
            // The realm admin's setup, not the tenant admin's input: nothing about it is shown but that it is missing.
            throw ApiException.conflict(
                    "connection_setup_unavailable",
                    "This realm is not set up for connections made in the portal yet; ask the realm's administrator.");
        }
        ConnectionBinding binding = ((ConnectionWrites.Created) outcome).binding();
        return Response.status(Response.Status.CREATED).entity(view(binding)).build();
    }

    private PortalViews.Connection view(ConnectionBinding binding) {
        return PortalViews.Connection.of(binding, identityProvider(binding), realmUrl());
    }

    private String realmUrl() {
        return session.getContext()
                .getUri()
                .getBaseUriBuilder()
                .path("realms")
                .path(realm.getName())
                .build()
                .toString();
    }

    /** The tenant's own binding of this alias; any other identity provider is answered as a missing one. */
    private ConnectionBinding binding(String alias) {
        return model().connections(realm)
                .find(alias == null ? "" : alias)
                .filter(binding -> binding.organizationId().equals(tenant.getId()))
                .orElseThrow(PortalConnectionsResource::notFound);
    }

    private IdentityProviderModel identityProvider(ConnectionBinding binding) {
        IdentityProviderModel idp = session.identityProviders().getByAlias(binding.idpAlias());
        if (idp == null) {
            throw notFound();
        }
        return idp;
    }

    private static ApiException notFound() {
        return ApiException.notFound("connection_not_found", "The tenant has no connection with this alias.");
    }

    private static ApiException refused(SetupRefusedException e) {
        return ApiException.badRequest(e.reason().code(), e.reason().message(), e.field());
    }

    private static void required(String value, String field) {
        if (ConnectionDrafts.blank(value)) {
            throw ApiException.badRequest("invalid_request", "The field " + field + " is required.", field);
        }
    }

    private static void bounded(String displayName, String clientId, String clientSecret) {
        if (ConnectionDrafts.tooLong(displayName, clientId, clientSecret)) {
            throw ApiException.badRequest(
                    "invalid_request", "The display name, client id or client secret is too long.");
        }
    }

    private ConnectionDrafts drafts() {
        return new ConnectionDrafts(session, model().connectionSetup());
    }

    private ConnectionWrites writes() {
        return new ConnectionWrites(session, realm, RoutingVersions.each(model(), realm));
    }

    private TenantSso model() {
        return session.getProvider(TenantSso.class);
    }
}
