package io.github.tenantsso.policy;

import java.util.List;

/**
 * Whether a policy change may turn domain sharing off: not while a domain is verified by more than one tenant, since
 * routing could then no longer tell them apart.
 */
public final class SharingChange {

    private SharingChange() {}

    public sealed interface Outcome {}

    public record Allowed() implements Outcome {}

    /** @param domains the domains verified by more than one tenant */
    public record StillShared(List<String> domains) implements Outcome {}

    /** Whether the change turns sharing off, so that the shared domains must be read before deciding. */
    public static boolean turnsOff(RoutingPolicy current, RoutingPolicy updated) {
        return current.crossTenantDomainSharing() && !updated.crossTenantDomainSharing();
    }

    /** @param sharedVerifiedDomains the realm's domains verified by more than one tenant (read when {@link #turnsOff}) */
    public static Outcome decide(RoutingPolicy current, RoutingPolicy updated, List<String> sharedVerifiedDomains) {
        return turnsOff(current, updated) && !sharedVerifiedDomains.isEmpty()
                ? new StillShared(List.copyOf(sharedVerifiedDomains))
                : new Allowed();
    }
}
