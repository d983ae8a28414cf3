package io.github.tenantsso.routing;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.SignInMethods;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One realm's routing data: from an e-mail domain to the tenants whose verified claims match it and the SSO
 * connections a login may be routed to. Immutable and thread-safe; build a new one when the data changes.
 *
 * <p>Rules:
 * <ul>
 * <li>Only verified claims of enabled tenants count.</li>
 * <li>A claim matches its own domain, and the names below it when it includes subdomains. The lookup walks from the
 * e-mail domain up with {@link DomainName#parent()}; the first level with a matching claim decides, even when its
 * tenants have no connection.</li>
 * <li>Candidates are the enabled connections of the matching tenants and the connections they trust, provided the
 * connection is enabled and its owner tenant is enabled.</li>
 * <li>Each connection appears once: as its owner's entry when the owner matches, else as the entry of the first
 * trusting tenant in the order below.</li>
 * <li>Order, whatever the order of the rows: tenants by the creation time of their matching claim (the earliest, if
 * several), then by id; within a tenant, owned connections before trusted ones, each by creation time, then alias.
 * This is the only place candidates are ordered: the routing decision takes them in this order.</li>
 * </ul>
 *
 * <p>Rows that refer to an unknown tenant or connection are ignored rather than rejected, since the rows may be read
 * while the database changes; such a row cannot route until its target exists. Null collections, null rows, and
 * two tenants or connections with the same id or alias are rejected with an {@link IllegalArgumentException}.
 *
 * <p>Layout: results depend only on the ordered list of matching tenants, so each distinct list has one shared
 * {@link Match} holding immutable lists, and a tenant's candidates are built once for all its domains. Domains map to
 * matches through a {@link DomainTable} of packed names and parallel arrays rather than a map of nested collections.
 * At 100,000 tenants with two domains and a connection each, the index retains about 175 bytes per domain, ids and
 * aliases included. Lookups cost one hash probe per label of the e-mail domain, whatever the number of tenants.
 *
 * <p>Hints: the index also holds the realm's tenants by id and alias ({@link TenantDirectory}), so that a login with
 * a tenant hint is decided from memory like every other login.
 *
 * <p>Changes: the domains are spread over shards of about {@value #SHARD_SIZE} names by hash, each its own
 * immutable table, so that {@link RoutingRows#replace} derives a new index by rebuilding only the shards holding
 * changed domains and sharing all others: the cost of a change does not grow with the number of domains.
 */
public final class DomainIndex {

    static final int SHARD_SIZE = 64;

    private static final DomainTable EMPTY = new DomainTable(Map.of());

    /** A power of two in number; never changed after construction. */
    private final DomainTable[] shards;

    private final int size;

    private final TenantDirectory tenants;

    private DomainIndex(DomainTable[] shards, TenantDirectory tenants) {
        this.shards = shards;
        this.size = Arrays.stream(shards).mapToInt(DomainTable::size).sum();
        this.tenants = tenants;
    }

    public static DomainIndex build(
            Collection<TenantRow> tenants,
            Collection<DomainClaimRow> claims,
            Collection<ConnectionRow> connections,
            Collection<TrustRow> trusts) {
        return RoutingRows.of(tenants, claims, connections, trusts).index();
    }

    /**
     * @param entries per domain its entry; a {@code null} entry is left out
     * @param tenants the tenants by id and alias, for hints
     */
    static DomainIndex of(Map<String, DomainEntry> entries, TenantDirectory tenants) {
        int shardCount = Integer.highestOneBit(Math.max(1, entries.size() / SHARD_SIZE));
        List<Map<String, DomainEntry>> split = new ArrayList<>(shardCount);
        for (int i = 0; i < shardCount; i++) {
            split.add(new HashMap<>());
        }
        entries.forEach((name, entry) -> {
            if (entry != null) {
                split.get(Shards.of(name, shardCount)).put(name, entry);
            }
        });
        DomainTable[] shards = new DomainTable[shardCount];
        for (int i = 0; i < shardCount; i++) {
            shards[i] = split.get(i).isEmpty() ? EMPTY : new DomainTable(split.get(i));
        }
        return new DomainIndex(shards, tenants);
    }

    /**
     * This index with the given domains replaced ({@code null}: removed), rebuilding only the shards they fall in,
     * and with the given tenant directory.
     */
    DomainIndex patched(Map<String, DomainEntry> changes, TenantDirectory tenants) {
        if (changes.isEmpty()) {
            return tenants == this.tenants ? this : new DomainIndex(shards, tenants);
        }
        Map<Integer, Map<String, DomainEntry>> byShard = new HashMap<>();
        changes.forEach((name, entry) -> byShard.computeIfAbsent(Shards.of(name, shards.length), i -> new HashMap<>())
                .put(name, entry));
        DomainTable[] patched = shards.clone();
        byShard.forEach((i, shardChanges) -> {
            Map<String, DomainEntry> entries = new HashMap<>();
            shards[i].forEach(entries::put);
            shardChanges.forEach((name, entry) -> {
                if (entry == null) {
                    entries.remove(name);
                } else {
                    entries.put(name, entry);
                }
            });
            patched[i] = entries.isEmpty() ? EMPTY : new DomainTable(entries);
        });
        return new DomainIndex(patched, tenants);
    }

    /** The connections a login with an address in {@code emailDomain} may be routed to, best first; may be empty. */
    public List<Candidate> candidates(DomainName emailDomain) {
        return lookup(emailDomain).candidates();
    }

    /**
     * The enabled tenants with a verified claim matching {@code emailDomain}, first-created first, whether or not they
     * have a connection.
     */
    public Set<String> tenantsClaiming(DomainName emailDomain) {
        return Collections.unmodifiableSet(
                new LinkedHashSet<>(lookup(emailDomain).tenantIds()));
    }

    /**
     * The tenant a hint (an id or an alias, as the request gave it) names, with the connections it trusts, from
     * memory: a known and an unknown hint take the same time.
     */
    public TenantHint hint(String hint) {
        return tenants.resolve(hint);
    }

    /**
     * The sign-in policy in effect for a tenant, by id, enabled or not: its stored one, else the default (SSO only once
     * it has or trusts an enabled connection). Empty for an unknown tenant. From memory, one hash probe.
     */
    public Optional<SignInMethods> signInMethods(String tenantId) {
        return tenants.signInMethods(tenantId);
    }

    /** The session limits of a tenant, by id: its stored ones, else (and for an unknown tenant) the realm's. */
    public SessionLimits sessionLimits(String tenantId) {
        return tenants.sessionLimits(tenantId);
    }

    TenantDirectory tenants() {
        return tenants;
    }

    /** The number of distinct domains with at least one verified claim of an enabled tenant. */
    public int domainCount() {
        return size;
    }

    private Match lookup(DomainName emailDomain) {
        Objects.requireNonNull(emailDomain, "emailDomain");
        DomainName level = emailDomain;
        Match match = table(level.value()).exact(level.value());
        while (match.isEmpty()) {
            Optional<DomainName> parent = level.parent();
            if (parent.isEmpty()) {
                return Match.NONE;
            }
            level = parent.get();
            match = table(level.value()).below(level.value());
        }
        return match;
    }

    private DomainTable table(String name) {
        return shards[Shards.of(name, shards.length)];
    }
}
