package io.github.tenantsso.write;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.connection.ConnectionLink;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import java.util.function.Function;
import org.keycloak.events.admin.OperationType;
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
    public record Bound(ConnectionBindingEntity binding, boolean created) implements Outcome {}

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
        ConnectionBindingEntity binding = created
                ? link(idp, organizations.apply(tenantId), actor, now)
                // Keycloak's link makes the binding (see KeycloakModelSync).
                : bindings().find(idp.getAlias()).orElseThrow();
        settings(binding, enabled, jitEnabled);
        events.record(RESOURCE, created ? OperationType.CREATE : OperationType.UPDATE, binding);
        return new Bound(binding, created);
    }

    /**
     * Links an identity provider that is not linked yet to the organization, through Keycloak's own API (whose event
     * makes the pack bind it), and records who made the binding.
     */
    public ConnectionBindingEntity link(
            IdentityProviderModel idp, OrganizationModel organization, String actor, long now) {
        session.getProvider(OrganizationProvider.class).addIdentityProvider(organization, idp);
        ConnectionBindingEntity binding = bindings().bind(idp.getAlias(), organization.getId(), actor, now);
        binding.setCreatedBy(actor);
        return binding;
    }

    /** Sets what is given ({@code null} keeps the value) and tells the nodes. */
    public void settings(ConnectionBindingEntity binding, Boolean enabled, Boolean jitEnabled) {
        if (enabled != null) {
            binding.setEnabled(enabled);
        }
        if (jitEnabled != null) {
            binding.setJitEnabled(jitEnabled);
        }
        versions.changed(RoutingChange.connection(binding.getIdpAlias()));
    }

    /** Unlinks the identity provider from its organization; the trusts in it go with it. */
    public void delete(
            IdentityProviderModel idp,
            ConnectionBindingEntity binding,
            OrganizationModel organization,
            AdminEvents events) {
        session.getProvider(OrganizationProvider.class).removeIdentityProvider(organization, idp);
        bindings().unbind(idp.getAlias());
        versions.changed(RoutingChange.connection(idp.getAlias()));
        events.record(RESOURCE, OperationType.DELETE, binding);
    }

    private ConnectionBindings bindings() {
        return model.connections(realm);
    }
}
