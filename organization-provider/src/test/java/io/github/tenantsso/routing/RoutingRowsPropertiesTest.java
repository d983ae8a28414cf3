package io.github.tenantsso.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.routing.GeneratedRealms.Realm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An index patched change by change answers exactly as one built from scratch from the same rows: over generated
 * realms (see {@link GeneratedRealms}), each with a seeded random sequence of changes of the kinds the pack makes
 * (claims, tenants enabled, renamed or gone, connections switched, moved or added, trusts given or removed), checked
 * after every change for every e-mail domain of {@link GeneratedRealms#EMAIL_DOMAINS} and for every tenant id and
 * alias the realm ever had, as a tenant hint.
 */
class RoutingRowsPropertiesTest {

    private static final int CHANGES = 25;
    private static final long SEED = 20261201L;

    record Case(Realm realm, long seed) {}

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return GeneratedRealms.cases().map(realm -> new Case(realm, random.nextLong()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPatchedIndexAnswersAsAFreshlyBuiltOne(Case generated) {
        Random random = new Random(generated.seed());
        State state = new State(generated.realm());
        RoutingRows rows = RoutingRows.of(
                generated.realm().tenants(),
                generated.realm().claims(),
                generated.realm().connections(),
                generated.realm().trusts());
        DomainIndex patched = rows.index();

        for (int i = 0; i < CHANGES; i++) {
            List<TenantRows> changed = state.randomChange(random);
            patched = rows.replace(patched, changed);

            assertSameRouting(patched, state.index(), "after change " + i + " of " + changed);
            assertSameHints(patched, state.index(), state.names(), "after change " + i + " of " + changed);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void replacingTenantsWithTheirOwnRowsChangesNothing(Case generated) {
        Realm realm = generated.realm();
        RoutingRows rows = RoutingRows.of(realm.tenants(), realm.claims(), realm.connections(), realm.trusts());
        DomainIndex built = rows.index();

        DomainIndex patched = rows.replace(built, new State(realm).all());

        assertSameRouting(patched, built, "after replacing every tenant by itself");
        assertSameHints(patched, built, new State(realm).names(), "after replacing every tenant by itself");
    }

    /** Enough domains for many shards, so that a patch rebuilds some and shares the others. */
    @ParameterizedTest
    @MethodSource("largeRealmSeeds")
    void aPatchedIndexOfManyShardsAnswersAsAFreshlyBuiltOne(long seed) {
        Random random = new Random(seed);
        int tenants = 3_000;
        List<TenantRows> all = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            all.add(largeTenant("t" + i, random, true));
        }
        RoutingRows rows = RoutingRows.of(
                all.stream().map(TenantRows::tenant).toList(),
                all.stream().flatMap(t -> t.claims().stream()).toList(),
                all.stream().flatMap(t -> t.connections().stream()).toList(),
                List.of());
        DomainIndex patched = rows.index();
        Map<String, TenantRows> state = new HashMap<>();
        all.forEach(t -> state.put(t.tenantId(), t));

        for (int i = 0; i < 50; i++) {
            String id = "t" + random.nextInt(tenants);
            TenantRows changed =
                    random.nextInt(4) == 0 ? TenantRows.none(id) : largeTenant(id, random, random.nextBoolean());
            state.put(id, changed);
            patched = rows.replace(patched, List.of(changed));
        }
        DomainIndex built = DomainIndex.build(
                state.values().stream()
                        .map(TenantRows::tenant)
                        .filter(t -> t != null)
                        .toList(),
                state.values().stream().flatMap(t -> t.claims().stream()).toList(),
                state.values().stream().flatMap(t -> t.connections().stream()).toList(),
                List.of());

        assertThat(patched.domainCount()).isEqualTo(built.domainCount());
        for (int i = 0; i < tenants; i++) {
            DomainName domain = DomainName.parse("d" + i + ".example.com");
            assertThat(patched.candidates(domain)).as(domain.value()).isEqualTo(built.candidates(domain));
            assertThat(patched.tenantsClaiming(domain))
                    .as(domain.value())
                    .containsExactlyElementsOf(built.tenantsClaiming(domain));
        }
    }

    static LongStream largeRealmSeeds() {
        return new Random(SEED).longs(5);
    }

    /** A tenant with its own domain, sometimes one of another tenant too, and one connection. */
    private static TenantRows largeTenant(String id, Random random, boolean verified) {
        String number = id.substring(1);
        List<DomainClaimRow> claims = new ArrayList<>();
        claims.add(new DomainClaimRow(
                id,
                DomainName.parse("d" + number + ".example.com"),
                random.nextBoolean(),
                verified,
                random.nextInt(10)));
        if (random.nextInt(10) == 0) {
            claims.add(new DomainClaimRow(
                    id,
                    DomainName.parse("d" + random.nextInt(3_000) + ".example.com"),
                    false,
                    true,
                    random.nextInt(10)));
        }
        return new TenantRows(
                id,
                new TenantRow(id, "tenant-" + id, random.nextInt(8) > 0),
                claims.stream().distinct().toList(),
                List.of(new ConnectionRow("idp-" + id, id, random.nextInt(8) > 0, random.nextInt(10))),
                List.of());
    }

    private static void assertSameRouting(DomainIndex actual, DomainIndex expected, String when) {
        assertThat(actual.domainCount()).as(when).isEqualTo(expected.domainCount());
        for (DomainName domain : GeneratedRealms.EMAIL_DOMAINS) {
            assertThat(actual.candidates(domain))
                    .as(when + ", candidates of " + domain)
                    .isEqualTo(expected.candidates(domain));
            assertThat(actual.tenantsClaiming(domain))
                    .as(when + ", tenants claiming " + domain)
                    .containsExactlyElementsOf(expected.tenantsClaiming(domain));
        }
    }

    private static void assertSameHints(
            DomainIndex actual, DomainIndex expected, Collection<String> names, String when) {
        for (String name : names) {
            assertThat(actual.hint(name)).as(when + ", hint " + name).isEqualTo(expected.hint(name));
            assertThat(actual.signInMethods(name))
                    .as(when + ", sign-in methods of " + name)
                    .isEqualTo(expected.signInMethods(name));
            assertThat(actual.sessionLimits(name))
                    .as(when + ", session limits of " + name)
                    .isEqualTo(expected.sessionLimits(name));
        }
    }

    /** The rows of a realm by tenant, changed as the pack would change them. */
    private static final class State {

        private final Map<String, TenantRows> byTenant = new HashMap<>();
        private final int tenantCount;
        private final Set<String> names = new TreeSet<>(List.of("unknown-tenant", " t1 ", ""));
        private int nextAlias;
        private int nextRename;

        State(Realm realm) {
            tenantCount = realm.tenants().size();
            IntStream.rangeClosed(0, tenantCount).forEach(i -> {
                String id = "t" + i;
                byTenant.put(
                        id,
                        new TenantRows(
                                id,
                                realm.tenants().stream()
                                        .filter(t -> t.id().equals(id))
                                        .findFirst()
                                        .orElse(null),
                                realm.claims().stream()
                                        .filter(c -> c.tenantId().equals(id))
                                        .toList(),
                                realm.connections().stream()
                                        .filter(c -> c.ownerTenantId().equals(id))
                                        .toList(),
                                realm.trusts().stream()
                                        .filter(t -> t.trustingTenantId().equals(id))
                                        .toList()));
            });
            nextAlias = realm.connections().size();
            byTenant.values().forEach(this::named);
        }

        /** Every tenant id and alias seen so far, and a few names no tenant has. */
        Set<String> names() {
            return names;
        }

        private void named(TenantRows rows) {
            names.add(rows.tenantId());
            if (rows.tenant() != null) {
                names.add(rows.tenant().alias());
            }
        }

        List<TenantRows> all() {
            return List.copyOf(byTenant.values());
        }

        DomainIndex index() {
            Collection<TenantRows> all = byTenant.values();
            return DomainIndex.build(
                    all.stream().map(TenantRows::tenant).filter(t -> t != null).toList(),
                    all.stream().flatMap(t -> t.claims().stream()).toList(),
                    all.stream().flatMap(t -> t.connections().stream()).toList(),
                    all.stream().flatMap(t -> t.trusts().stream()).toList());
        }

        List<TenantRows> randomChange(Random random) {
            String id = GeneratedRealms.tenantId(random, tenantCount);
            TenantRows rows = byTenant.get(id);
            return switch (random.nextInt(7)) {
                case 0 -> set(new TenantRows(id, rows.tenant(), claims(random, id), rows.connections(), rows.trusts()));
                case 1 ->
                    set(new TenantRows(
                            id,
                            rows.tenant() == null || random.nextInt(4) == 0
                                    ? (random.nextBoolean()
                                            ? new TenantRow(
                                                    id,
                                                    "tenant-" + id,
                                                    random.nextBoolean(),
                                                    GeneratedRealms.signInMethods(random),
                                                    GeneratedRealms.sessionLimits(random))
                                            : null)
                                    : new TenantRow(
                                            id,
                                            random.nextInt(3) == 0
                                                    ? "renamed-" + nextRename++ + "-" + id
                                                    : rows.tenant().alias(),
                                            !rows.tenant().enabled(),
                                            random.nextBoolean()
                                                    ? rows.tenant().signInMethods()
                                                    : GeneratedRealms.signInMethods(random),
                                            random.nextBoolean()
                                                    ? rows.tenant().sessionLimits()
                                                    : GeneratedRealms.sessionLimits(random)),
                            rows.claims(),
                            rows.connections(),
                            rows.trusts()));
                case 2 ->
                    set(new TenantRows(
                            id,
                            rows.tenant(),
                            rows.claims(),
                            rows.connections().stream()
                                    .map(c -> random.nextBoolean()
                                            ? new ConnectionRow(c.alias(), id, !c.enabled(), random.nextInt(4))
                                            : c)
                                    .toList(),
                            rows.trusts()));
                case 3 -> move(random, id);
                case 4 -> set(new TenantRows(id, rows.tenant(), rows.claims(), rows.connections(), trusts(random, id)));
                case 5 ->
                    set(new TenantRows(
                            id,
                            rows.tenant(),
                            rows.claims(),
                            plus(
                                    rows.connections(),
                                    new ConnectionRow("c" + nextAlias++, id, random.nextInt(4) > 0, random.nextInt(4))),
                            rows.trusts()));
                default -> set(TenantRows.none(id));
            };
        }

        /** Moves a connection to tenant {@code id} from its owner, dropping its trusts, as re-binding does. */
        private List<TenantRows> move(Random random, String id) {
            List<ConnectionRow> others = byTenant.values().stream()
                    .flatMap(t -> t.connections().stream())
                    .filter(c -> !c.ownerTenantId().equals(id))
                    .toList();
            if (others.isEmpty()) {
                return List.of();
            }
            ConnectionRow moved = others.get(random.nextInt(others.size()));
            List<TenantRows> changed = new ArrayList<>();
            TenantRows from = byTenant.get(moved.ownerTenantId());
            changed.addAll(set(new TenantRows(
                    from.tenantId(),
                    from.tenant(),
                    from.claims(),
                    from.connections().stream().filter(c -> !c.equals(moved)).toList(),
                    from.trusts())));
            TenantRows to = byTenant.get(id);
            changed.addAll(set(new TenantRows(
                    id,
                    to.tenant(),
                    to.claims(),
                    plus(to.connections(), new ConnectionRow(moved.alias(), id, moved.enabled(), random.nextInt(4))),
                    to.trusts())));
            for (TenantRows truster : List.copyOf(byTenant.values())) {
                if (truster.trusts().stream().anyMatch(t -> t.connectionAlias().equals(moved.alias()))) {
                    TenantRows current = byTenant.get(truster.tenantId());
                    changed.addAll(set(new TenantRows(
                            current.tenantId(),
                            current.tenant(),
                            current.claims(),
                            current.connections(),
                            current.trusts().stream()
                                    .filter(t -> !t.connectionAlias().equals(moved.alias()))
                                    .toList())));
                }
            }
            return changed;
        }

        private List<TenantRows> set(TenantRows rows) {
            byTenant.put(rows.tenantId(), rows);
            named(rows);
            return List.of(rows);
        }

        private static List<DomainClaimRow> claims(Random random, String id) {
            List<DomainClaimRow> claims = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                DomainClaimRow claim = GeneratedRealms.claim(random, id, random.nextInt(3) > 0);
                if (claims.stream().noneMatch(c -> c.domain().equals(claim.domain()))) {
                    claims.add(claim);
                }
            }
            return claims;
        }

        private List<TrustRow> trusts(Random random, String id) {
            List<TrustRow> trusts = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                trusts.add(new TrustRow(id, "c" + random.nextInt(nextAlias + 1), random.nextInt(4)));
            }
            return trusts;
        }

        private static <T> List<T> plus(List<T> list, T element) {
            List<T> longer = new ArrayList<>(list);
            longer.add(element);
            return longer;
        }
    }
}
