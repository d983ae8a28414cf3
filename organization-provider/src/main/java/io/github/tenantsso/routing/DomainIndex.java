package io.github.tenantsso.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.tenantsso.domain.DomainName;

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
 * several), then by id; within a tenant, owned connections before trusted ones, each by creation time, then alias.</li>
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
 */
public final class DomainIndex {

    private static final Comparator<ConnectionRow> CONNECTION_ORDER =
            Comparator.comparingLong(ConnectionRow::createdAt).thenComparing(ConnectionRow::alias);

    private final DomainTable table;

    private DomainIndex(DomainTable table) {
        this.table = table;
    }

    public static DomainIndex build(Collection<TenantRow> tenants, Collection<DomainClaimRow> claims,
                                    Collection<ConnectionRow> connections, Collection<TrustRow> trusts) {
        requireRows(tenants, "tenants");
        requireRows(claims, "claims");
        requireRows(connections, "connections");
        requireRows(trusts, "trusts");

        Set<String> enabledTenants = enabledTenants(tenants);
        Map<String, List<Candidate>> offered = offeredConnections(enabledTenants, connections, trusts);
        Map<String, ClaimsOnDomain> claimsByDomain = new HashMap<>();
        for (DomainClaimRow claim : claims) {
            if (claim.verified() && enabledTenants.contains(claim.tenantId())) {
                claimsByDomain.computeIfAbsent(claim.domain().value(), name -> new ClaimsOnDomain()).add(claim);
            }
        }

        Map<List<String>, Match> shared = new HashMap<>();
        Map<String, Match> exact = new HashMap<>();
        Map<String, Match> below = new HashMap<>();
        claimsByDomain.forEach((name, domainClaims) -> {
            exact.put(name, shared.computeIfAbsent(ordered(domainClaims.exact), ids -> match(ids, offered)));
            if (!domainClaims.below.isEmpty()) {
                below.put(name, shared.computeIfAbsent(ordered(domainClaims.below), ids -> match(ids, offered)));
            }
        });
        return new DomainIndex(new DomainTable(exact, below));
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
        return Collections.unmodifiableSet(new LinkedHashSet<>(lookup(emailDomain).tenantIds()));
    }

    /** The number of distinct domains with at least one verified claim of an enabled tenant. */
    public int domainCount() {
        return table.size();
    }

    private Match lookup(DomainName emailDomain) {
        Objects.requireNonNull(emailDomain, "emailDomain");
        DomainName level = emailDomain;
        Match match = table.exact(level.value());
        while (match.isEmpty()) {
            Optional<DomainName> parent = level.parent();
            if (parent.isEmpty()) {
                return Match.NONE;
            }
            level = parent.get();
            match = table.below(level.value());
        }
        return match;
    }

    private static void requireRows(Collection<?> rows, String name) {
        if (rows == null) {
            throw new IllegalArgumentException("The " + name + " collection is null; pass an empty collection instead.");
        }
        // contains(null) may throw on immutable collections, hence the loop.
        for (Object row : rows) {
            if (row == null) {
                throw new IllegalArgumentException("The " + name + " collection contains a null row.");
            }
        }
    }

    private static Set<String> enabledTenants(Collection<TenantRow> tenants) {
        Set<String> known = new HashSet<>();
        Set<String> enabled = new HashSet<>();
        for (TenantRow tenant : tenants) {
            if (!known.add(tenant.id())) {
                throw new IllegalArgumentException("Two tenant rows have the id '" + tenant.id() + "'.");
            }
            if (tenant.enabled()) {
                enabled.add(tenant.id());
            }
        }
        return enabled;
    }

    /**
     * Per enabled tenant, its routable connections in order: owned ones, then trusted ones. A connection is routable
     * when it and its owner tenant are enabled.
     */
    private static Map<String, List<Candidate>> offeredConnections(Set<String> enabledTenants,
                                                                   Collection<ConnectionRow> connections,
                                                                   Collection<TrustRow> trusts) {
        Set<String> aliases = new HashSet<>();
        Map<String, ConnectionRow> routable = new HashMap<>();
        for (ConnectionRow connection : connections) {
            if (!aliases.add(connection.alias())) {
                throw new IllegalArgumentException("Two connection rows have the alias '" + connection.alias() + "'.");
            }
            if (connection.enabled() && enabledTenants.contains(connection.ownerTenantId())) {
                routable.put(connection.alias(), connection);
            }
        }
        Map<String, Set<ConnectionRow>> owned = new HashMap<>();
        routable.values().forEach(connection -> owned.computeIfAbsent(connection.ownerTenantId(), id -> new HashSet<>()).add(connection));
        Map<String, Set<ConnectionRow>> trusted = new HashMap<>();
        for (TrustRow trust : trusts) {
            ConnectionRow connection = routable.get(trust.connectionAlias());
            if (connection != null && enabledTenants.contains(trust.trustingTenantId())
                    && !connection.ownerTenantId().equals(trust.trustingTenantId())) {
                trusted.computeIfAbsent(trust.trustingTenantId(), id -> new HashSet<>()).add(connection);
            }
        }

        Map<String, List<Candidate>> offered = new HashMap<>();
        for (String tenantId : enabledTenants) {
            List<Candidate> candidates = new ArrayList<>();
            owned.getOrDefault(tenantId, Set.of()).stream().sorted(CONNECTION_ORDER)
                    .forEach(connection -> candidates.add(candidate(connection, tenantId)));
            trusted.getOrDefault(tenantId, Set.of()).stream().sorted(CONNECTION_ORDER)
                    .forEach(connection -> candidates.add(candidate(connection, tenantId)));
            offered.put(tenantId, candidates);
        }
        return offered;
    }

    private static Candidate candidate(ConnectionRow connection, String tenantId) {
        boolean external = !connection.ownerTenantId().equals(tenantId);
        return new Candidate(connection.alias(), connection.ownerTenantId(), tenantId, external, connection.createdAt());
    }

    /** The candidates of tenants in order, each connection once: its owner's entry if the owner is among them. */
    private static Match match(List<String> tenantIds, Map<String, List<Candidate>> offered) {
        Set<String> tenants = new HashSet<>(tenantIds);
        Set<String> listed = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (String tenantId : tenantIds) {
            for (Candidate candidate : offered.get(tenantId)) {
                boolean ownerListsIt = candidate.external() && tenants.contains(candidate.ownerTenantId());
                if (!ownerListsIt && listed.add(candidate.connectionAlias())) {
                    candidates.add(candidate);
                }
            }
        }
        return new Match(tenantIds, List.copyOf(candidates));
    }

    private static List<String> ordered(Map<String, Long> firstClaimed) {
        // List.of keeps the common one- and two-tenant lists in a single small object.
        return List.of(firstClaimed.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toArray(String[]::new));
    }

    /** The counted claims on one domain: per tenant, when it first claimed the name itself and the names below. */
    private static final class ClaimsOnDomain {

        final Map<String, Long> exact = new HashMap<>();
        final Map<String, Long> below = new HashMap<>();

        void add(DomainClaimRow claim) {
            exact.merge(claim.tenantId(), claim.createdAt(), Math::min);
            if (claim.includeSubdomains()) {
                below.merge(claim.tenantId(), claim.createdAt(), Math::min);
            }
        }
    }
}
