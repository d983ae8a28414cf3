package io.github.tenantsso.model;

import java.util.Optional;
import java.util.Set;

import io.github.tenantsso.routing.TenantHint;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Reads a tenant hint (an organization id or alias) against the realm's tenants.
 */
public final class TenantHints {

    private static final int MAX_HINT_LENGTH = 255;

    private TenantHints() {
    }

    public static TenantHint resolve(KeycloakSession session, RealmModel realm, String hint) {
        if (hint == null || hint.isBlank()) {
            return TenantHint.none();
        }
        return organization(session, realm, hint)
                .map(tenant -> TenantHint.tenant(tenant.getId(), trustedConnections(session, realm, tenant.getId())))
                .orElse(TenantHint.unusable());
    }

    /** The enabled tenant a hint names, by id or else by alias; empty for anything else. */
    public static Optional<OrganizationModel> organization(KeycloakSession session, RealmModel realm, String hint) {
        if (hint == null || hint.isBlank() || !realm.isOrganizationsEnabled() || hint.length() > MAX_HINT_LENGTH) {
            return Optional.empty();
        }
        String name = hint.strip();
        OrganizationModel tenant = RealmOrganizations.byId(session, realm, name)
                .orElseGet(() -> session.getProvider(OrganizationProvider.class).getByAlias(name));
        return tenant == null || !tenant.isEnabled() ? Optional.empty() : Optional.of(tenant);
    }

    private static Set<String> trustedConnections(KeycloakSession session, RealmModel realm, String tenantId) {
        return session.getProvider(TenantSso.class).trusts(realm).connectionAliasesTrustedBy(tenantId);
    }
}
