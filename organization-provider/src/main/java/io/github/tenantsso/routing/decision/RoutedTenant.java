package io.github.tenantsso.routing.decision;

import io.github.tenantsso.routing.TenantHint;
import java.util.Optional;

/**
 * The tenant a routing decision settled on, whose branding and connections the following pages show: the tenant of
 * the connection redirected to, the hinted tenant, or the one tenant that verified the e-mail's domain. A blocked or
 * ambiguous decision settles on none, so its pages name no tenant.
 */
public final class RoutedTenant {

    private RoutedTenant() {}

    public static Optional<String> of(RoutingInput input, RoutingOutcome outcome) {
        if (outcome instanceof RoutingOutcome.Redirect redirect) {
            return Optional.of(redirect.connection().tenantId());
        }
        if (outcome instanceof RoutingOutcome.Blocked) {
            return Optional.empty();
        }
        if (input.hint() instanceof TenantHint.Tenant hinted) {
            return Optional.of(hinted.tenantId());
        }
        if (input.hint() instanceof TenantHint.None && input.claimingTenants().size() == 1) {
            return Optional.of(input.claimingTenants().get(0));
        }
        return Optional.empty();
    }
}
