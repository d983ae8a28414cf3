package io.github.tenantsso.routing;

import java.util.Set;

/**
 * What the login request says about the tenant: nothing, a tenant that exists and is enabled, or something else. The
 * last is kept apart from "nothing" because it must get the answer of a tenant without SSO, never a fallback that
 * would tell a prober the hint was wrong.
 */
public sealed interface TenantHint {

    /** Longer hints name no tenant (Keycloak's organization ids and aliases are shorter). */
    int MAX_LENGTH = 255;

    static TenantHint none() {
        return None.INSTANCE;
    }

    static TenantHint unusable() {
        return Unusable.INSTANCE;
    }

    static TenantHint tenant(String tenantId, Set<String> trustedConnections) {
        return new Tenant(tenantId, Set.copyOf(trustedConnections));
    }

    enum None implements TenantHint {
        INSTANCE
    }

    /** A hint naming no tenant, or a disabled one. */
    enum Unusable implements TenantHint {
        INSTANCE
    }

    /** @param trustedConnections aliases of the connections the tenant trusts */
    record Tenant(String tenantId, Set<String> trustedConnections) implements TenantHint {}
}
