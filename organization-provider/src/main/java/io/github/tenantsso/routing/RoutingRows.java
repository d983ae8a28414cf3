package io.github.tenantsso.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A realm's routing rows grouped by tenant, with the reverse links needed to tell which domains a change touches:
 * the source from which a {@link DomainIndex} is built in full, and patched when some tenants' rows change.
 *
 * <p>{@link #replace} re-derives only the domains whose answer can depend on the replaced tenants: their own claimed
 * domains, and the domains of the tenants that trust a connection they own, before and after the change. The patched
 * index answers exactly as one built from scratch from the same rows would.
 *
 * <p>Not thread-safe: one owner changes it (under a lock); the indexes it hands out are immutable and may be read by
 * any thread.
 */
public final class RoutingRows {

    private static final Comparator<ConnectionRow> CONNECTION_ORDER =
            Comparator.comparingLong(ConnectionRow::createdAt).thenComparing(ConnectionRow::alias);

    private final Map<String, TenantRows> byTenant;
    /** Per domain name, the tenants with a claim row on it, verified or not; small immutable lists, mostly of one. */
    private final Map<String, List<String>> claimants;
    /** Per connection alias, the tenant owning it. */
    private final Map<String, String> owners;
    /** Per connection alias, the tenants trusting it. */
    private final Map<String, Set<String>> trusters = new HashMap<>();

    /** Sized for the rows, so that a build of 100,000 tenants does not spend its time growing the maps. */
    private RoutingRows(int tenants, int claims, int connections) {
        byTenant = new HashMap<>(capacity(tenants));
        claimants = new HashMap<>(capacity(claims));
        owners = new HashMap<>(capacity(connections));
    }

    /**
     * Groups the rows. Null collections or rows, and two tenants or connections with the same id or alias, are rejected
     * with an {@link IllegalArgumentException}; rows naming unknown tenants or connections are kept but cannot route.
     */
    public static RoutingRows of(
            Collection<TenantRow> tenants,
            Collection<DomainClaimRow> claims,
            Collection<ConnectionRow> connections,
            Collection<TrustRow> trusts) {
        requireRows(tenants, "tenants");
        requireRows(claims, "claims");
        requireRows(connections, "connections");
        requireRows(trusts, "trusts");
        Map<String, TenantRow> tenantById = new HashMap<>(capacity(tenants.size()));
        for (TenantRow tenant : tenants) {
            if (tenantById.put(tenant.id(), tenant) != null) {
                throw new IllegalArgumentException("Two tenant rows have the id '" + tenant.id() + "'.");
            }
        }
        Set<String> aliases = new HashSet<>(capacity(connections.size()));
        for (ConnectionRow connection : connections) {
            if (!aliases.add(connection.alias())) {
                throw new IllegalArgumentException("Two connection rows have the alias '" + connection.alias() + "'.");
            }
        }
        Map<String, List<DomainClaimRow>> claimsOf = new HashMap<>(capacity(tenants.size()));
        claims.forEach(claim -> claimsOf.computeIfAbsent(claim.tenantId(), id -> new ArrayList<>())
                .add(claim));
        Map<String, List<ConnectionRow>> connectionsOf = new HashMap<>(capacity(connections.size()));
        connections.forEach(connection -> connectionsOf
                .computeIfAbsent(connection.ownerTenantId(), id -> new ArrayList<>())
                .add(connection));
        Map<String, List<TrustRow>> trustsOf = new HashMap<>();
        trusts.forEach(trust -> trustsOf.computeIfAbsent(trust.trustingTenantId(), id -> new ArrayList<>())
                .add(trust));

        Set<String> tenantIds = new HashSet<>(capacity(tenantById.size()));
        tenantIds.addAll(tenantById.keySet());
        tenantIds.addAll(claimsOf.keySet());
        tenantIds.addAll(connectionsOf.keySet());
        tenantIds.addAll(trustsOf.keySet());
        RoutingRows rows = new RoutingRows(tenantIds.size(), claims.size(), connections.size());
        for (String id : tenantIds) {
            rows.put(new TenantRows(
                    id,
                    tenantById.get(id),
                    claimsOf.getOrDefault(id, List.of()),
                    connectionsOf.getOrDefault(id, List.of()),
                    trustsOf.getOrDefault(id, List.of())));
        }
        return rows;
    }

    /**
     * The index of all rows, built in full: the tenant directory on another thread meanwhile (the two halves cost about
     * the same), which only reads these rows until it is joined.
     */
    public DomainIndex index() {
        CompletableFuture<TenantDirectory> tenants =
                CompletableFuture.supplyAsync(() -> TenantDirectory.of(byTenant.values(), this::enabledConnection));
        Map<String, DomainEntry> entries = entries(claimants.keySet());
        try {
            return DomainIndex.of(entries, tenants.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Replaces the rows of the given tenants (all rows of each, as read now) and returns {@code current} patched to
     * match. {@code current} must be the index of these rows before the call.
     */
    public DomainIndex replace(DomainIndex current, Collection<TenantRows> fresh) {
        Set<String> affected = new HashSet<>();
        Set<String> trusting = new HashSet<>();
        fresh.forEach(rows -> {
            affectedBy(rows.tenantId(), affected);
            trustersOf(rows.tenantId(), trusting);
        });
        List<TenantRows> before = new ArrayList<>();
        fresh.forEach(rows -> {
            before.add(byTenant.get(rows.tenantId()));
            remove(rows.tenantId());
            put(rows);
        });
        fresh.forEach(rows -> affectedBy(rows.tenantId(), affected));
        fresh.forEach(rows -> trustersOf(rows.tenantId(), trusting));
        fresh.forEach(rows -> trusting.remove(rows.tenantId()));
        // A trusting tenant's default sign-in policy depends on the trusted connection being enabled: its entry is
        // derived again from its unchanged rows.
        List<TenantRows> after = new ArrayList<>(fresh);
        trusting.stream().map(byTenant::get).filter(Objects::nonNull).forEach(rows -> {
            before.add(rows);
            after.add(rows);
        });
        return current.patched(entries(affected), current.tenants().patched(before, after, this::enabledConnection));
    }

    /** The tenants whose rows a change of the connection touches, as far as this node knows: owner and trusters. */
    public Set<String> tenantsOfConnection(String alias) {
        Set<String> tenants = new LinkedHashSet<>();
        String owner = owners.get(alias);
        if (owner != null) {
            tenants.add(owner);
        }
        tenants.addAll(trusters.getOrDefault(alias, Set.of()));
        return tenants;
    }

    private void put(TenantRows rows) {
        String id = rows.tenantId();
        if (rows.tenant() == null
                && rows.claims().isEmpty()
                && rows.connections().isEmpty()
                && rows.trusts().isEmpty()) {
            return;
        }
        byTenant.put(id, rows);
        rows.claims().forEach(claim -> claimants.merge(claim.domain().value(), List.of(id), RoutingRows::with));
        rows.connections().forEach(connection -> owners.put(connection.alias(), id));
        rows.trusts()
                .forEach(trust -> trusters.computeIfAbsent(trust.connectionAlias(), alias -> new HashSet<>())
                        .add(id));
    }

    private void remove(String id) {
        TenantRows old = byTenant.remove(id);
        if (old == null) {
            return;
        }
        old.claims()
                .forEach(claim -> claimants.computeIfPresent(claim.domain().value(), (name, ids) -> without(ids, id)));
        old.connections().forEach(connection -> owners.remove(connection.alias(), id));
        old.trusts().forEach(trust -> removeLink(trusters, trust.connectionAlias(), id));
    }

    private static List<String> with(List<String> ids, List<String> added) {
        if (ids.containsAll(added)) {
            return ids;
        }
        List<String> longer = new ArrayList<>(ids);
        longer.addAll(added);
        return List.copyOf(longer);
    }

    /** @return the list without the id, or {@code null} (no entry) when nothing is left */
    private static List<String> without(List<String> ids, String id) {
        List<String> shorter = ids.stream().filter(other -> !other.equals(id)).toList();
        return shorter.isEmpty() ? null : shorter;
    }

    private static void removeLink(Map<String, Set<String>> links, String key, String id) {
        Set<String> ids = links.get(key);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
            links.remove(key);
        }
    }

    /** Adds the tenants that trust a connection the tenant owns. */
    private void trustersOf(String tenantId, Set<String> tenants) {
        TenantRows rows = byTenant.get(tenantId);
        if (rows != null) {
            rows.connections()
                    .forEach(connection -> tenants.addAll(trusters.getOrDefault(connection.alias(), Set.of())));
        }
    }

    /** Adds the domains whose answer depends on the tenant's rows: its own, and those of tenants trusting it. */
    private void affectedBy(String tenantId, Set<String> domains) {
        TenantRows rows = byTenant.get(tenantId);
        if (rows == null) {
            return;
        }
        rows.claims().forEach(claim -> domains.add(claim.domain().value()));
        for (ConnectionRow connection : rows.connections()) {
            for (String truster : trusters.getOrDefault(connection.alias(), Set.of())) {
                byTenant.get(truster)
                        .claims()
                        .forEach(claim -> domains.add(claim.domain().value()));
            }
        }
    }

    /** Per domain, its entry, or {@code null} where no verified claim of an enabled tenant is left. */
    private Map<String, DomainEntry> entries(Collection<String> domains) {
        Map<String, List<Candidate>> offered = new HashMap<>();
        Map<List<String>, Match> shared = new HashMap<>();
        Map<String, DomainEntry> entries = new HashMap<>();
        for (String domain : domains) {
            Map<String, Long> exact = new HashMap<>(4);
            Map<String, Long> below = new HashMap<>(4);
            for (String tenantId : claimants.getOrDefault(domain, List.of())) {
                TenantRows rows = byTenant.get(tenantId);
                if (!rows.enabled()) {
                    continue;
                }
                for (DomainClaimRow claim : rows.claims()) {
                    if (claim.verified() && claim.domain().value().equals(domain)) {
                        exact.merge(tenantId, claim.createdAt(), Math::min);
                        if (claim.includeSubdomains()) {
                            below.merge(tenantId, claim.createdAt(), Math::min);
                        }
                    }
                }
            }
            if (exact.isEmpty()) {
                entries.put(domain, null);
            } else {
                Match exactMatch = shared.computeIfAbsent(ordered(exact), ids -> match(ids, offered));
                Match belowMatch = below.isEmpty()
                        ? Match.NONE
                        : shared.computeIfAbsent(ordered(below), ids -> match(ids, offered));
                entries.put(domain, new DomainEntry(exactMatch, belowMatch));
            }
        }
        return entries;
    }

    /** The candidates of tenants in order, each connection once: its owner's entry if the owner is among them. */
    private Match match(List<String> tenantIds, Map<String, List<Candidate>> offered) {
        if (tenantIds.size() == 1) {
            // One tenant lists each of its connections once, its own before trusted ones: nothing to merge.
            return new Match(tenantIds, offered.computeIfAbsent(tenantIds.get(0), this::offered));
        }
        Set<String> tenants = new HashSet<>(tenantIds);
        Set<String> listed = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (String tenantId : tenantIds) {
            for (Candidate candidate : offered.computeIfAbsent(tenantId, this::offered)) {
                boolean ownerListsIt = candidate.external() && tenants.contains(candidate.ownerTenantId());
                if (!ownerListsIt && listed.add(candidate.connectionAlias())) {
                    candidates.add(candidate);
                }
            }
        }
        return new Match(tenantIds, List.copyOf(candidates));
    }

    /**
     * An enabled tenant's routable connections in order: owned ones, then trusted ones. A connection is routable when
     * it and its owner tenant are enabled.
     */
    private List<Candidate> offered(String tenantId) {
        TenantRows rows = byTenant.get(tenantId);
        List<ConnectionRow> owned = new ArrayList<>(rows.connections().size());
        for (ConnectionRow connection : rows.connections()) {
            if (routable(connection) && tenantId.equals(owners.get(connection.alias()))) {
                owned.add(connection);
            }
        }
        owned.sort(CONNECTION_ORDER);
        List<ConnectionRow> trusted = new ArrayList<>(rows.trusts().size());
        for (TrustRow trust : rows.trusts()) {
            ConnectionRow connection = connection(trust.connectionAlias());
            if (connection != null
                    && routable(connection)
                    && !connection.ownerTenantId().equals(tenantId)
                    && !trusted.contains(connection)) {
                trusted.add(connection);
            }
        }
        trusted.sort(CONNECTION_ORDER);
        Candidate[] candidates = new Candidate[owned.size() + trusted.size()];
        for (int i = 0; i < owned.size(); i++) {
            candidates[i] = candidate(owned.get(i), tenantId);
        }
        for (int i = 0; i < trusted.size(); i++) {
            candidates[owned.size() + i] = candidate(trusted.get(i), tenantId);
        }
        return List.of(candidates);
    }

    private ConnectionRow connection(String alias) {
        String owner = owners.get(alias);
        if (owner != null) {
            for (ConnectionRow connection : byTenant.get(owner).connections()) {
                if (connection.alias().equals(alias)) {
                    return connection;
                }
            }
        }
        return null;
    }

    private boolean enabledConnection(String alias) {
        ConnectionRow connection = connection(alias);
        return connection != null && connection.enabled();
    }

    private boolean routable(ConnectionRow connection) {
        TenantRows owner = byTenant.get(connection.ownerTenantId());
        return connection.enabled() && owner != null && owner.enabled();
    }

    private static Candidate candidate(ConnectionRow connection, String tenantId) {
        boolean external = !connection.ownerTenantId().equals(tenantId);
        return new Candidate(
                connection.alias(), connection.ownerTenantId(), tenantId, external, connection.createdAt());
    }

    private static List<String> ordered(Map<String, Long> firstClaimed) {
        if (firstClaimed.size() == 1) {
            return List.of(firstClaimed.keySet().iterator().next());
        }
        // List.of keeps the common one- and two-tenant lists in a single small object.
        return List.of(firstClaimed.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toArray(String[]::new));
    }

    private static void requireRows(Collection<?> rows, String name) {
        if (rows == null) {
            throw new IllegalArgumentException(
                    "The " + name + " collection is null; pass an empty collection instead.");
        }
        // contains(null) may throw on immutable collections, hence the loop.
        for (Object row : rows) {
            if (row == null) {
                throw new IllegalArgumentException("The " + name + " collection contains a null row.");
            }
        }
    }

    private static int capacity(int entries) {
        return (int) Math.ceil(entries / 0.75);
    }
}
