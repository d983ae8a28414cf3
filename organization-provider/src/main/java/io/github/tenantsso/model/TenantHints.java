package io.github.tenantsso.model;

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
        if (!realm.isOrganizationsEnabled() || hint.length() > MAX_HINT_LENGTH) {
            return TenantHint.unusable();
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel tenant = organizations.getById(hint.strip());
        if (tenant == null) {
            tenant = organizations.getByAlias(hint.strip());
        }
        if (tenant == null || !tenant.isEnabled()) {
            return TenantHint.unusable();
        }
        return TenantHint.tenant(tenant.getId(), trustedConnections(session, realm, tenant.getId()));
    }

    private static Set<String> trustedConnections(KeycloakSession session, RealmModel realm, String tenantId) {
        return session.getProvider(TenantSso.class).trusts(realm).connectionAliasesTrustedBy(tenantId);
    }
}
