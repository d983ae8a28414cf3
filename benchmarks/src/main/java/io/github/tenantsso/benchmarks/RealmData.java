package io.github.tenantsso.benchmarks;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.routing.ConnectionRow;
import io.github.tenantsso.routing.DomainClaimRow;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.routing.RoutingRows;
import io.github.tenantsso.routing.TenantHint;
import io.github.tenantsso.routing.TenantRow;
import io.github.tenantsso.routing.TenantRows;
import io.github.tenantsso.routing.TrustRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A generated realm for the benchmarks, the same on every run (fixed seed): each tenant has a UUID id like a Keycloak
 * organization, two verified domains and one connection. One tenant in {@value #SUBDOMAINS_EVERY} claims its first
 * domain with subdomains, one in {@value #SHARED_EVERY} shares its second domain with the tenant before it (so the
 * realm has domain sharing on), and one in {@value #TRUST_EVERY} trusts the next tenant's connection.
 */
public final class RealmData {

    static final int SUBDOMAINS_EVERY = 4;
    static final int SHARED_EVERY = 50;
    static final int TRUST_EVERY = 100;

    private static final long SEED = 20260411L;
    private static final String[] SYLLABLES = {
        "ka", "lo", "vi", "ner", "to", "su", "mar", "den", "qui", "ro", "bel", "an"
    };
    private static final String[] TOP_LEVEL = {"com", "io", "de", "co.uk", "net", "fr"};
    private static final long EPOCH_MILLIS = 1_700_000_000_000L;

    private final List<TenantRow> tenants;
    private final List<DomainClaimRow> claims;
    private final List<ConnectionRow> connections;
    private final List<TrustRow> trusts;
    private final Random random;

    private RealmData(int tenantCount) {
        random = new Random(SEED);
        tenants = new ArrayList<>(tenantCount);
        claims = new ArrayList<>(2 * tenantCount);
        connections = new ArrayList<>(tenantCount);
        trusts = new ArrayList<>();
        for (int i = 0; i < tenantCount; i++) {
            String label = word() + "-" + Integer.toString(i, 36);
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            long createdAt = EPOCH_MILLIS + 1000L * i;
            tenants.add(new TenantRow(id, label, true));
            claims.add(new DomainClaimRow(
                    id, DomainName.parse(label + "." + topLevel()), i % SUBDOMAINS_EVERY == 0, true, createdAt));
            DomainName second = i % SHARED_EVERY == 1
                    ? claims.get(2 * i - 1).domain()
                    : DomainName.parse(label + "-group." + topLevel());
            claims.add(new DomainClaimRow(id, second, false, true, createdAt + 1));
            connections.add(new ConnectionRow(label + "-sso", id, true, createdAt + 2));
        }
        for (int i = 0; i < tenantCount; i += TRUST_EVERY) {
            trusts.add(new TrustRow(
                    tenants.get(i).id(), connections.get((i + 1) % tenantCount).alias(), EPOCH_MILLIS));
        }
    }

    public static RealmData generate(int tenantCount) {
        return new RealmData(tenantCount);
    }

    public DomainIndex buildIndex() {
        return DomainIndex.build(tenants, claims, connections, trusts);
    }

    /** The rows grouped by tenant, as a node keeps them to patch its index. */
    public RoutingRows rows() {
        return RoutingRows.of(tenants, claims, connections, trusts);
    }

    public int tenantCount() {
        return tenants.size();
    }

    /**
     * All rows of the tenant at {@code position}, as a change re-reads them: unchanged, or with its second domain
     * unverified and its connection disabled, a change that touches every structure the index derives.
     */
    public TenantRows tenantRows(int position, boolean changed) {
        TenantRow tenant = tenants.get(position);
        DomainClaimRow second = claims.get(2 * position + 1);
        ConnectionRow connection = connections.get(position);
        return new TenantRows(
                tenant.id(),
                tenant,
                List.of(
                        claims.get(2 * position),
                        changed
                                ? new DomainClaimRow(tenant.id(), second.domain(), false, false, second.createdAt())
                                : second),
                List.of(
                        changed
                                ? new ConnectionRow(connection.alias(), tenant.id(), false, connection.createdAt())
                                : connection),
                position % TRUST_EVERY == 0 ? List.of(trusts.get(position / TRUST_EVERY)) : List.of());
    }

    /**
     * Logins to rotate through, from the same seed: about 55% to a tenant's own domain, 15% to a subdomain of a
     * domain claimed with subdomains, 10% to a shared domain, 20% misses (unknown domains, and subdomains of domains
     * claimed without them). One in ten names the tenant with a hint and one in fifty an unknown tenant; half the
     * users exist, with that tenant as their active tenant.
     */
    public Login[] logins(int count) {
        Map<String, Set<String>> trustedBy = new HashMap<>();
        trusts.forEach(trust -> trustedBy
                .computeIfAbsent(trust.trustingTenantId(), id -> new HashSet<>())
                .add(trust.connectionAlias()));
        Login[] logins = new Login[count];
        for (int k = 0; k < count; k++) {
            int kind = random.nextInt(100);
            int tenant = random.nextInt(tenants.size());
            DomainName domain;
            if (kind < 55) {
                domain = claims.get(2 * tenant + random.nextInt(2)).domain();
            } else if (kind < 70) {
                tenant -= tenant % SUBDOMAINS_EVERY;
                domain =
                        DomainName.parse("eu." + claims.get(2 * tenant).domain().value());
            } else if (kind < 80) {
                tenant = Math.min(tenant - tenant % SHARED_EVERY + 1, tenants.size() - 1);
                domain = claims.get(2 * tenant + 1).domain();
            } else if (kind < 90) {
                domain = DomainName.parse(
                        "mail." + claims.get(2 * tenant + 1).domain().value());
            } else {
                domain = DomainName.parse(word() + "-mail-" + k + "." + topLevel());
            }
            String tenantId = tenants.get(tenant).id();
            int hintKind = random.nextInt(50);
            TenantHint hint = hintKind < 5
                    ? TenantHint.tenant(tenantId, trustedBy.getOrDefault(tenantId, Set.of()))
                    : hintKind == 5 ? TenantHint.unusable() : TenantHint.none();
            boolean remembered = random.nextBoolean();
            logins[k] = new Login(domain, hint, remembered, remembered ? Optional.of(tenantId) : Optional.empty());
        }
        return logins;
    }

    private String word() {
        StringBuilder word = new StringBuilder();
        for (int i = 2 + random.nextInt(2); i > 0; i--) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private String topLevel() {
        return TOP_LEVEL[random.nextInt(TOP_LEVEL.length)];
    }

    /** What a login brings to routing besides the realm's data. */
    public record Login(DomainName domain, TenantHint hint, boolean remembered, Optional<String> activeTenant) {}
}
