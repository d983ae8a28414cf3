package io.github.tenantsso.write;

import io.github.tenantsso.audit.AuditActions;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.connection.ConnectionLink;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Every write of a connection binding (admin API, import): links the identity provider in Keycloak when it is not
 * linked yet ({@link ConnectionLink}), binds it, sets whether it routes and provisions just in time, tells the nodes
 * and records the admin event.
 */
public final class ConnectionWrites {

    public static final String RESOURCE = "CONNECTION";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final TenantSso model;
    private final RoutingVersions versions;

    public ConnectionWrites(KeycloakSession session, RealmModel realm, RoutingVersions versions) {
        this.session = session;
        this.realm = realm;
        this.model = session.getProvider(TenantSso.class);
        this.versions = versions;
    }

    public sealed interface Outcome {}

    /** @param created whether this write made the binding */
    public record Bound(ConnectionBinding binding, boolean created) implements Outcome {}

    public record OrganizationMissing() implements Outcome {}

    public record OwnedElsewhere() implements Outcome {}

    /**
     * Binds the identity provider, linking it to the organization named when it is not linked yet. Settings left
     * {@code null} keep their values.
     *
     * @param organizations resolves the organization to link to; the caller's own error when there is none
     */
    public Outcome put(
            IdentityProviderModel idp,
            String tenantId,
            Function<String, OrganizationModel> organizations,
            Boolean enabled,
            Boolean jitEnabled,
            String actor,
            long now,
            AdminEvents events) {
        ConnectionLink.Outcome link = ConnectionLink.decide(idp.getOrganizationId(), tenantId);
        if (link instanceof ConnectionLink.OrganizationMissing) {
            return new OrganizationMissing();
        }
        if (link instanceof ConnectionLink.OwnedElsewhere) {
            return new OwnedElsewhere();
        }
        boolean created = link instanceof ConnectionLink.Link;
        ConnectionBinding binding = settings(
                created
                        ? link(idp, organizations.apply(tenantId), actor, now)
                        // Keycloak's link makes the binding (see KeycloakModelSync).
                        : bindings().find(idp.getAlias()).orElseThrow(),
                enabled,
                jitEnabled);
        model.audit(realm)
                .record(event(created ? AuditActions.CREATED : AuditActions.UPDATED, binding, events)
                        .detail("enabled", binding.enabled())
                        .detail("jitEnabled", binding.jitEnabled()));
        events.record(RESOURCE, created ? OperationType.CREATE : OperationType.UPDATE, binding);
        return new Bound(binding, created);
    }

    /**
     * Links an identity provider that is not linked yet to the organization, through Keycloak's own API (whose event
     * makes the pack bind it), and records who made the binding.
     */
    public ConnectionBinding link(IdentityProviderModel idp, OrganizationModel organization, String actor, long now) {
        session.getProvider(OrganizationProvider.class).addIdentityProvider(organization, idp);
        ConnectionBinding binding = bindings().bind(idp.getAlias(), organization.getId(), actor, now);
        return bindings().update(binding.with(binding.enabled(), binding.jitEnabled(), binding.createdAt(), actor));
    }

    /** Sets what is given ({@code null} keeps the value) and tells the nodes. */
    public ConnectionBinding settings(ConnectionBinding binding, Boolean enabled, Boolean jitEnabled) {
        ConnectionBinding updated = bindings()
                .update(binding.with(
                        enabled == null ? binding.enabled() : enabled,
                        jitEnabled == null ? binding.jitEnabled() : jitEnabled,
                        binding.createdAt(),
                        binding.createdBy()));
        versions.changed(RoutingChange.connection(binding.idpAlias()));
        return updated;
    }

    /**
     * Bindings an import decided, each stored already (linked, bound or moved by {@link #link} or the store):
     * their settings and who made them when ({@link ConnectionBindings#updateAll}).
     */
    public void restore(List<ConnectionBinding> restored) {
        bindings().updateAll(restored);
        restored.forEach(binding -> versions.changed(RoutingChange.connection(binding.idpAlias())));
    }

    /**
     * Keycloak changed the identity provider (its own admin API or console): the binding follows its link to an
     * organization, so an unlinked provider loses its binding and the trusts in it. Any update of a bound provider may
     * have switched it on or off, which the index reflects.
     */
    public void keycloakUpdated(IdentityProviderModel idp, long now) {
        String owner = idp.getOrganizationId();
        boolean changed = bindings().find(idp.getAlias()).isPresent() || owner != null;
        if (owner == null) {
            bindings().unbind(idp.getAlias());
        } else {
            // Keycloak's own link API does not tell who made the link; the pack's API records its admin itself.
            bindings().bind(idp.getAlias(), owner, null, now);
        }
        if (changed) {
            versions.changed(RoutingChange.connection(idp.getAlias()));
        }
    }

    /** Keycloak removed the identity provider: its binding and the trusts in it go with it. */
    public void keycloakRemoved(String idpAlias) {
        bindings().unbind(idpAlias);
        versions.changed(RoutingChange.connection(idpAlias));
    }

    /**
     * Binds a connection as an import decided, after the caller has {@link #link}ed the ones Keycloak does not link
     * yet: moves a stored binding to another tenant (which severs its trusts), or binds one not stored yet.
     */
    public ConnectionBinding bind(String idpAlias, String organizationId, boolean stored, String actor, long now) {
        return stored
                ? bindings().bind(idpAlias, organizationId, actor, now)
                : bindings().add(idpAlias, organizationId, actor, now);
    }

    /** Unlinks the identity provider from its organization; the trusts in it go with it. */
    public void delete(
            IdentityProviderModel idp, ConnectionBinding binding, OrganizationModel organization, AdminEvents events) {
        session.getProvider(OrganizationProvider.class).removeIdentityProvider(organization, idp);
        bindings().unbind(idp.getAlias());
        versions.changed(RoutingChange.connection(idp.getAlias()));
        model.audit(realm).record(event(AuditActions.DELETED, binding, events));
        events.record(RESOURCE, OperationType.DELETE, binding);
    }

    private static AuditEvent.Builder event(String action, ConnectionBinding binding, AdminEvents events) {
        return AuditEvent.of(AuditType.CONNECTION_CHANGE, action)
                .tenant(binding.organizationId())
                .connection(binding.idpAlias())
                .actor(events.actor());
    }

    /** The authenticator ids the flows of a connection made in the portal must hold (authenticators module). */
    static final String FIRST_LOGIN_STEP = "tenant-sso-first-login";

    static final String LANDING_STEP = "tenant-sso-landing";

    public sealed interface CreateOutcome {}

    public record Created(ConnectionBinding binding) implements CreateOutcome {}

    public record AliasTaken() implements CreateOutcome {}

    /** The realm lacks a flow that the server's options name, or the flow lacks the pack's step. */
    public record FlowMissing(String flowAlias, String step) implements CreateOutcome {}

    /**
     * Makes a new identity provider for the tenant (a tenant admin's connection): switched off in Keycloak and in its
     * binding, hidden on login pages, with the pack's first broker login and post login flows, so that nobody signs
     * in through it before its admin switches it on ({@link #switchOn}).
     */
    public CreateOutcome create(
            IdentityProviderModel draft,
            OrganizationModel tenant,
            boolean jitEnabled,
            String firstBrokerLoginFlow,
            String postBrokerLoginFlow,
            String actor,
            long now,
            AdminEvents events) {
        if (session.identityProviders().getByAlias(draft.getAlias()) != null) {
            return new AliasTaken();
        }
        AuthenticationFlowModel firstLogin = realm.getFlowByAlias(firstBrokerLoginFlow);
        if (!holds(firstLogin, FIRST_LOGIN_STEP)) {
            return new FlowMissing(firstBrokerLoginFlow, FIRST_LOGIN_STEP);
        }
        AuthenticationFlowModel postLogin = realm.getFlowByAlias(postBrokerLoginFlow);
        if (!holds(postLogin, LANDING_STEP)) {
            return new FlowMissing(postBrokerLoginFlow, LANDING_STEP);
        }
        draft.setEnabled(false);
        draft.setHideOnLogin(true);
        draft.setFirstBrokerLoginFlowId(firstLogin.getId());
        draft.setPostBrokerLoginFlowId(postLogin.getId());
        IdentityProviderModel idp = session.identityProviders().create(draft);
        ConnectionBinding binding = settings(link(idp, tenant, actor, now), false, jitEnabled);
        model.audit(realm)
                .record(event(AuditActions.CREATED, binding, events)
                        .detail("enabled", false)
                        .detail("jitEnabled", binding.jitEnabled()));
        events.record(RESOURCE, OperationType.CREATE, binding);
        return new Created(binding);
    }

    private boolean holds(AuthenticationFlowModel flow, String authenticator) {
        return flow != null
                && realm.getAuthenticationExecutionsStream(flow.getId())
                        .anyMatch(execution -> authenticator.equals(execution.getAuthenticator()));
    }

    /**
     * Switches a tenant admin's connection on or off in Keycloak and in its binding together, and sets whether it
     * provisions just in time ({@code null} keeps either value).
     */
    public ConnectionBinding switchOn(
            IdentityProviderModel idp,
            ConnectionBinding binding,
            Boolean enabled,
            Boolean jitEnabled,
            AdminEvents events) {
        if (enabled != null && idp.isEnabled() != enabled) {
            idp.setEnabled(enabled);
            session.identityProviders().update(idp);
        }
        ConnectionBinding updated = settings(bindings().find(binding.idpAlias()).orElse(binding), enabled, jitEnabled);
        model.audit(realm)
                .record(event(AuditActions.UPDATED, updated, events)
                        .detail("enabled", updated.enabled())
                        .detail("jitEnabled", updated.jitEnabled()));
        events.record(RESOURCE, OperationType.UPDATE, updated);
        return updated;
    }

    /** Replaces the client secret Keycloak sends to the connection's token endpoint. */
    public void rotateSecret(
            IdentityProviderModel idp, ConnectionBinding binding, String clientSecret, AdminEvents events) {
        idp.getConfig().put("clientSecret", clientSecret);
        session.identityProviders().update(idp);
        model.audit(realm).record(event(AuditActions.UPDATED, binding, events).detail("clientSecret", "replaced"));
        events.record(RESOURCE, OperationType.UPDATE, binding, Map.of("tenant_sso_change", "client_secret"));
    }

    /**
     * Deletes a tenant admin's connection: unlinked as {@link #delete} does (the trusts in it go with it), then removed
     * from Keycloak, so that it does not stay behind as an identity provider of the whole realm.
     */
    public void remove(
            IdentityProviderModel idp, ConnectionBinding binding, OrganizationModel organization, AdminEvents events) {
        delete(idp, binding, organization, events);
        session.identityProviders().remove(idp.getAlias());
    }

    private ConnectionBindings bindings() {
        return model.connections(realm);
    }
}
