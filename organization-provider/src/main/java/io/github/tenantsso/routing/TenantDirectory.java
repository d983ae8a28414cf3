package io.github.tenantsso.routing;

import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.SignInMethods;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The realm's tenants as a tenant hint names them, by id and by alias, each with the connections it trusts and its
 * sign-in policy: what a hint resolves to, and which sign-in methods a tenant allows, without the database. A known and an unknown hint cost the same, at most two hash probes, so an
 * outsider cannot time which tenants exist.
 *
 * <p>Immutable. The entries are spread over shards of about {@value #SHARD_SIZE} tenants by hash, so that
 * {@link #patched} rebuilds only the shards of the tenants that changed.
 */
final class TenantDirectory {

    static final int SHARD_SIZE = 64;

    static final TenantDirectory EMPTY = of(List.of(), alias -> false);

    /**
     * What a hint needs of a tenant, and its sign-in policy in effect (stored, else the default); a disabled tenant is
     * kept so that its id still wins over another's alias.
     */
    private record Entry(
            String tenantId,
            boolean enabled,
            Set<String> trustedConnections,
            SignInMethods signInMethods,
            SessionLimits sessionLimits) {

        TenantHint hint() {
            return enabled ? TenantHint.tenant(tenantId, trustedConnections) : TenantHint.unusable();
        }
    }

    private final List<Map<String, Entry>> byId;
    private final List<Map<String, Entry>> byAlias;

    private TenantDirectory(List<Map<String, Entry>> byId, List<Map<String, Entry>> byAlias) {
        this.byId = byId;
        this.byAlias = byAlias;
    }

    /**
     * @param tenants           every tenant's rows; those without a tenant row (a tenant that is gone) are left out
     * @param enabledConnection whether the connection of this alias is enabled, for the default policy of a tenant
     *                          that trusts it
     */
    static TenantDirectory of(Collection<TenantRows> tenants, Predicate<String> enabledConnection) {
        int shardCount = Integer.highestOneBit(Math.max(1, tenants.size() / SHARD_SIZE));
        List<Map<String, Entry>> byId = emptyShards(shardCount);
        List<Map<String, Entry>> byAlias = emptyShards(shardCount);
        for (TenantRows rows : tenants) {
            if (rows.tenant() != null) {
                Entry entry = entry(rows, enabledConnection);
                byId.get(Shards.of(rows.tenant().id(), shardCount))
                        .put(rows.tenant().id(), entry);
                byAlias.get(Shards.of(rows.tenant().alias(), shardCount))
                        .put(rows.tenant().alias(), entry);
            }
        }
        return new TenantDirectory(frozen(byId), frozen(byAlias));
    }

    /**
     * The tenant a hint names: by id, else by alias (an id wins over another tenant's alias that spells it). A blank
     * hint is none; one longer than {@value TenantHint#MAX_LENGTH} characters, or naming no tenant or a disabled one,
     * is unusable.
     */
    TenantHint resolve(String hint) {
        if (hint == null || hint.isBlank()) {
            return TenantHint.none();
        }
        if (hint.length() > TenantHint.MAX_LENGTH) {
            return TenantHint.unusable();
        }
        String name = hint.strip();
        Entry entry = byId.get(Shards.of(name, byId.size())).get(name);
        if (entry == null) {
            entry = byAlias.get(Shards.of(name, byAlias.size())).get(name);
        }
        return entry == null ? TenantHint.unusable() : entry.hint();
    }

    /** The sign-in policy in effect for a tenant, by id, enabled or not; empty for an unknown one. One hash probe. */
    Optional<SignInMethods> signInMethods(String tenantId) {
        if (tenantId == null) {
            return Optional.empty();
        }
        Entry entry = byId.get(Shards.of(tenantId, byId.size())).get(tenantId);
        return entry == null ? Optional.empty() : Optional.of(entry.signInMethods());
    }

    /** The session limits of a tenant, by id; the realm's for an unknown one. One hash probe. */
    SessionLimits sessionLimits(String tenantId) {
        Entry entry = tenantId == null
                ? null
                : byId.get(Shards.of(tenantId, byId.size())).get(tenantId);
        return entry == null ? SessionLimits.REALM : entry.sessionLimits();
    }

    /**
     * This directory with the tenants' entries as before replaced by their entries as now: {@code before} and
     * {@code after} are the rows of the same tenants before and after the change ({@code null} for none).
     */
    TenantDirectory patched(
            Collection<TenantRows> before, Collection<TenantRows> after, Predicate<String> enabledConnection) {
        if (before.isEmpty() && after.isEmpty()) {
            return this;
        }
        Map<Integer, Map<String, Entry>> ids = new HashMap<>();
        Map<Integer, Map<String, Entry>> aliases = new HashMap<>();
        for (TenantRows rows : before) {
            if (rows != null && rows.tenant() != null) {
                removeOwn(byId, ids, rows.tenant().id(), rows.tenantId());
                removeOwn(byAlias, aliases, rows.tenant().alias(), rows.tenantId());
            }
        }
        for (TenantRows rows : after) {
            if (rows != null && rows.tenant() != null) {
                Entry entry = entry(rows, enabledConnection);
                editable(byId, ids, rows.tenant().id()).put(rows.tenant().id(), entry);
                editable(byAlias, aliases, rows.tenant().alias())
                        .put(rows.tenant().alias(), entry);
            }
        }
        return new TenantDirectory(replaced(byId, ids), replaced(byAlias, aliases));
    }

    /** Removes the key only if it still names this tenant: another tenant may have taken the alias since. */
    private static void removeOwn(
            List<Map<String, Entry>> shards, Map<Integer, Map<String, Entry>> edits, String key, String tenantId) {
        Map<String, Entry> shard = editable(shards, edits, key);
        Entry entry = shard.get(key);
        if (entry != null && entry.tenantId().equals(tenantId)) {
            shard.remove(key);
        }
    }

    private static Map<String, Entry> editable(
            List<Map<String, Entry>> shards, Map<Integer, Map<String, Entry>> edits, String key) {
        return edits.computeIfAbsent(Shards.of(key, shards.size()), i -> new HashMap<>(shards.get(i)));
    }

    private static List<Map<String, Entry>> replaced(
            List<Map<String, Entry>> shards, Map<Integer, Map<String, Entry>> edits) {
        if (edits.isEmpty()) {
            return shards;
        }
        List<Map<String, Entry>> copy = new ArrayList<>(shards);
        edits.forEach((i, shard) -> copy.set(i, Map.copyOf(shard)));
        return List.copyOf(copy);
    }

    /** In loops rather than streams: a cold node builds 100,000 entries before the JIT has compiled either. */
    private static Entry entry(TenantRows rows, Predicate<String> enabledConnection) {
        Set<String> trusted = trustedConnections(rows.trusts());
        SignInMethods stored = rows.tenant().signInMethods();
        SignInMethods methods = stored != null
                ? stored
                : SignInMethods.defaultFor(hasEnabledConnection(rows.connections(), trusted, enabledConnection));
        return new Entry(
                rows.tenantId(),
                rows.tenant().enabled(),
                trusted,
                methods,
                rows.tenant().sessionLimits());
    }

    private static Set<String> trustedConnections(List<TrustRow> trusts) {
        if (trusts.isEmpty()) {
            return Set.of();
        }
        Set<String> aliases = new HashSet<>();
        for (TrustRow trust : trusts) {
            aliases.add(trust.connectionAlias());
        }
        return Set.copyOf(aliases);
    }

    private static boolean hasEnabledConnection(
            List<ConnectionRow> own, Set<String> trusted, Predicate<String> enabledConnection) {
        for (ConnectionRow connection : own) {
            if (connection.enabled()) {
                return true;
            }
        }
        for (String alias : trusted) {
            if (enabledConnection.test(alias)) {
                return true;
            }
        }
        return false;
    }

    private static List<Map<String, Entry>> emptyShards(int count) {
        List<Map<String, Entry>> shards = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            shards.add(new HashMap<>());
        }
        return shards;
    }

    /** {@code Map.copyOf} keeps entries in flat arrays, without a node object per entry. */
    private static List<Map<String, Entry>> frozen(List<Map<String, Entry>> shards) {
        return shards.stream().map(Map::copyOf).toList();
    }
}
