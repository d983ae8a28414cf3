package io.github.tenantsso.policy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's copy of each realm's routing policy, labelled with the realm's policy version it was read at. A
 * version the copy does not carry means a newer policy was stored, here or on another node, and the policy is read
 * again; so a login never uses a policy older than the version its realm shows.
 */
public final class PolicyCache {

    private record Copy(String version, RoutingPolicy policy) {}

    private final Map<String, Copy> byRealm = new ConcurrentHashMap<>();

    public Optional<RoutingPolicy> get(String realmId, String version) {
        Copy copy = byRealm.get(realmId);
        return copy != null && copy.version().equals(version) ? Optional.of(copy.policy()) : Optional.empty();
    }

    /** @param version the version the realm showed before the policy was read, so that a later store is never missed */
    public void put(String realmId, String version, RoutingPolicy policy) {
        byRealm.put(realmId, new Copy(version, policy));
    }

    public void forget(String realmId) {
        byRealm.remove(realmId);
    }
}
