package io.github.tenantsso.landing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What landing after a broker login through one connection depends on.
 *
 * @param ownerTenant   the tenant that owns the connection
 * @param ownerJit      whether the owner provisions non-members just in time through it
 * @param trustingJit   the enabled tenants that trust the connection, each with its own just-in-time setting
 * @param memberships   the user's tenants, oldest membership first
 * @param hintedTenant  the tenant the login's hint named when routing sent it to the connection; absent for logins
 *                      routed by the e-mail's domain and for IdP-initiated ones
 * @param connectionEnabled whether the connection's binding is enabled; a disabled one lands nobody
 */
public record LandingInput(
        String ownerTenant,
        boolean ownerJit,
        Map<String, Boolean> trustingJit,
        List<String> memberships,
        Optional<String> hintedTenant,
        boolean connectionEnabled) {

    public LandingInput {
        Objects.requireNonNull(ownerTenant);
        trustingJit = Map.copyOf(trustingJit);
        memberships = List.copyOf(memberships);
        Objects.requireNonNull(hintedTenant);
    }

    /** The same login, routed to the tenant: what session exchange to that tenant is judged by. */
    public LandingInput routedTo(String tenant) {
        return new LandingInput(
                ownerTenant, ownerJit, trustingJit, memberships, Optional.of(tenant), connectionEnabled);
    }
}
