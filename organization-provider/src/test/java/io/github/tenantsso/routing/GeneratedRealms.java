package io.github.tenantsso.routing;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.SignInMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generated realms for the property tests: a few tenants, nested domains, claims with tied creation times, trusts,
 * and rows that name unknown tenants or connections. Many cases from a fixed seed, so that a failure reproduces.
 */
final class GeneratedRealms {

    static final int CASES = 300;
    private static final long SEED = 20261123L;
    private static final List<String> CLAIMABLE = List.of(
            "acme.com",
            "eu.acme.com",
            "paris.eu.acme.com",
            "us.acme.com",
            "globex.org",
            "shared.test",
            "example.co.uk",
            "a.example.co.uk");
    /** The claimable names, one level below each, and a name nobody claims. */
    static final List<DomainName> EMAIL_DOMAINS = Stream.concat(
                    Stream.concat(CLAIMABLE.stream(), CLAIMABLE.stream().map(name -> "x." + name)),
                    Stream.of("unclaimed.com"))
            .map(DomainName::parse)
            .toList();

    private GeneratedRealms() {}

    record Realm(
            List<TenantRow> tenants,
            List<DomainClaimRow> claims,
            List<ConnectionRow> connections,
            List<TrustRow> trusts) {

        DomainIndex index() {
            return DomainIndex.build(tenants, claims, connections, trusts);
        }

        Realm withClaims(List<DomainClaimRow> otherClaims) {
            return new Realm(tenants, otherClaims, connections, trusts);
        }
    }

    static Stream<Realm> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> realm(random));
    }

    static Realm realm(Random random) {
        int tenantCount = 1 + random.nextInt(6);
        List<TenantRow> tenants = new ArrayList<>();
        for (int i = 0; i < tenantCount; i++) {
            tenants.add(new TenantRow(
                    "t" + i, "tenant-" + i, random.nextInt(5) > 0, signInMethods(random), sessionLimits(random)));
        }
        List<DomainClaimRow> claims = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            claims.add(claim(random, tenantId(random, tenantCount), random.nextInt(3) > 0));
        }
        List<ConnectionRow> connections = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            connections.add(new ConnectionRow(
                    "c" + connections.size(), tenantId(random, tenantCount), random.nextInt(5) > 0, random.nextInt(4)));
        }
        List<TrustRow> trusts = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            String alias = "c" + random.nextInt(connections.size() + 1);
            trusts.add(new TrustRow(tenantId(random, tenantCount), alias, random.nextInt(4)));
        }
        return new Realm(tenants, claims, connections, trusts);
    }

    static DomainClaimRow claim(Random random, String tenantId, boolean verified) {
        DomainName domain = DomainName.parse(CLAIMABLE.get(random.nextInt(CLAIMABLE.size())));
        return new DomainClaimRow(tenantId, domain, random.nextBoolean(), verified, random.nextInt(4));
    }

    /** Mostly a known tenant, sometimes one that has no row. */
    static String tenantId(Random random, int tenantCount) {
        return "t" + random.nextInt(tenantCount + 1);
    }

    /** A stored sign-in policy, or none (the default) half of the time. */
    static SignInMethods signInMethods(Random random) {
        int pick = random.nextInt(4);
        return pick < 2 ? null : SignInMethods.values()[pick - 2];
    }

    /** Stored session limits, or the realm's half of the time. */
    static SessionLimits sessionLimits(Random random) {
        return random.nextBoolean()
                ? SessionLimits.REALM
                : new SessionLimits(
                        random.nextBoolean() ? null : 1 + random.nextInt(36_000),
                        random.nextBoolean() ? null : 1 + random.nextInt(1_800));
    }
}
