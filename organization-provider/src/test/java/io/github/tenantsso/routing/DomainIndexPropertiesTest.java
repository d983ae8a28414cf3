package io.github.tenantsso.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.routing.GeneratedRealms.Realm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the index over generated realms (see {@link GeneratedRealms}), checked for every e-mail domain of
 * {@link GeneratedRealms#EMAIL_DOMAINS}.
 */
class DomainIndexPropertiesTest {

    private static final int SHUFFLES = 5;

    @ParameterizedTest
    @MethodSource("realms")
    void theOrderOfTheRowsChangesNothing(Realm realm) {
        DomainIndex index = realm.index();
        Random random = new Random(realm.hashCode());

        for (int i = 0; i < SHUFFLES; i++) {
            DomainIndex shuffled = new Realm(
                            shuffled(realm.tenants(), random),
                            shuffled(realm.claims(), random),
                            shuffled(realm.connections(), random),
                            shuffled(realm.trusts(), random))
                    .index();

            assertSameRouting(shuffled, index);
        }
    }

    @ParameterizedTest
    @MethodSource("realms")
    void unverifiedClaimsNeverProduceACandidateOrAClaimingTenant(Realm realm) {
        Random random = new Random(realm.hashCode());
        List<DomainClaimRow> withUnverified = new ArrayList<>(realm.claims());
        for (int i = 0; i < 10; i++) {
            withUnverified.add(GeneratedRealms.claim(
                    random, "t" + random.nextInt(realm.tenants().size()), false));
        }
        List<DomainClaimRow> allUnverified = realm.claims().stream()
                .map(claim -> new DomainClaimRow(
                        claim.tenantId(), claim.domain(), claim.includeSubdomains(), false, claim.createdAt()))
                .toList();

        assertSameRouting(realm.withClaims(withUnverified).index(), realm.index());
        DomainIndex unverifiedOnly = realm.withClaims(allUnverified).index();
        assertThat(GeneratedRealms.EMAIL_DOMAINS).allSatisfy(domain -> {
            assertThat(unverifiedOnly.candidates(domain)).isEmpty();
            assertThat(unverifiedOnly.tenantsClaiming(domain)).isEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("realms")
    void everyCandidateCameThroughAVerifiedClaimMatchingTheDomain(Realm realm) {
        DomainIndex index = realm.index();

        for (DomainName domain : GeneratedRealms.EMAIL_DOMAINS) {
            Set<String> claiming = index.tenantsClaiming(domain);
            assertThat(claiming)
                    .allSatisfy(tenantId -> assertThat(hasMatchingVerifiedClaim(realm, tenantId, domain))
                            .isTrue());
            List<Candidate> candidates = index.candidates(domain);
            assertThat(candidates).extracting(Candidate::connectionAlias).doesNotHaveDuplicates();
            assertThat(candidates).allSatisfy(candidate -> {
                assertThat(claiming).contains(candidate.tenantId());
                assertThat(enabled(realm, candidate.ownerTenantId())).isTrue();
                assertThat(realm.connections())
                        .contains(new ConnectionRow(
                                candidate.connectionAlias(),
                                candidate.ownerTenantId(),
                                true,
                                candidate.connectionCreatedAt()));
                assertThat(candidate.external()).isEqualTo(!candidate.tenantId().equals(candidate.ownerTenantId()));
                if (candidate.external()) {
                    assertThat(realm.trusts()).anySatisfy(trust -> {
                        assertThat(trust.trustingTenantId()).isEqualTo(candidate.tenantId());
                        assertThat(trust.connectionAlias()).isEqualTo(candidate.connectionAlias());
                    });
                }
            });
        }
    }

    @ParameterizedTest
    @MethodSource("realms")
    void agreesWithAPlainReadingOfTheRules(Realm realm) {
        DomainIndex index = realm.index();

        for (DomainName domain : GeneratedRealms.EMAIL_DOMAINS) {
            List<String> tenants = PlainRouting.tenantsClaiming(realm, domain);

            assertThat(index.tenantsClaiming(domain))
                    .as("tenants for %s", domain)
                    .containsExactlyElementsOf(tenants);
            assertThat(index.candidates(domain))
                    .as("candidates for %s", domain)
                    .containsExactlyElementsOf(PlainRouting.candidates(realm, tenants));
        }
    }

    static Stream<Realm> realms() {
        return GeneratedRealms.cases();
    }

    private static void assertSameRouting(DomainIndex actual, DomainIndex expected) {
        assertThat(actual.domainCount()).isEqualTo(expected.domainCount());
        for (DomainName domain : GeneratedRealms.EMAIL_DOMAINS) {
            assertThat(actual.candidates(domain))
                    .as("candidates for %s", domain)
                    .isEqualTo(expected.candidates(domain));
            assertThat(actual.tenantsClaiming(domain))
                    .as("tenants for %s", domain)
                    .containsExactlyElementsOf(expected.tenantsClaiming(domain));
        }
    }

    private static boolean hasMatchingVerifiedClaim(Realm realm, String tenantId, DomainName domain) {
        return enabled(realm, tenantId)
                && realm.claims().stream()
                        .anyMatch(claim -> claim.verified()
                                && claim.tenantId().equals(tenantId)
                                && (claim.domain().equals(domain)
                                        || claim.includeSubdomains()
                                                && domain.value()
                                                        .endsWith("."
                                                                + claim.domain().value())));
    }

    private static boolean enabled(Realm realm, String tenantId) {
        return realm.tenants().stream().anyMatch(tenant -> tenant.id().equals(tenantId) && tenant.enabled());
    }

    private static <T> List<T> shuffled(List<T> rows, Random random) {
        List<T> copy = new ArrayList<>(rows);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** The rules read literally, with no index: slow, and obviously what the javadoc of {@link DomainIndex} says. */
    private static final class PlainRouting {

        private static final Comparator<ConnectionRow> CONNECTION_ORDER =
                Comparator.comparingLong(ConnectionRow::createdAt).thenComparing(ConnectionRow::alias);

        static List<String> tenantsClaiming(Realm realm, DomainName emailDomain) {
            for (Optional<DomainName> level = Optional.of(emailDomain);
                    level.isPresent();
                    level = level.get().parent()) {
                DomainName name = level.get();
                Map<String, Long> firstClaimed = new LinkedHashMap<>();
                realm.claims().stream()
                        .filter(claim -> claim.verified()
                                && enabled(realm, claim.tenantId())
                                && claim.domain().equals(name)
                                && (name.equals(emailDomain) || claim.includeSubdomains()))
                        .forEach(claim -> firstClaimed.merge(claim.tenantId(), claim.createdAt(), Math::min));
                if (!firstClaimed.isEmpty()) {
                    return firstClaimed.keySet().stream()
                            .sorted(Comparator.<String>comparingLong(firstClaimed::get)
                                    .thenComparing(Comparator.naturalOrder()))
                            .toList();
                }
            }
            return List.of();
        }

        static List<Candidate> candidates(Realm realm, List<String> tenantIds) {
            List<Candidate> candidates = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            for (String tenantId : tenantIds) {
                realm.connections().stream()
                        .filter(connection -> connection.enabled()
                                && connection.ownerTenantId().equals(tenantId))
                        .sorted(CONNECTION_ORDER)
                        .forEach(connection -> candidates.add(
                                new Candidate(connection.alias(), tenantId, tenantId, false, connection.createdAt())));
                realm.connections().stream()
                        .filter(connection -> connection.enabled()
                                && enabled(realm, connection.ownerTenantId())
                                && !tenantIds.contains(connection.ownerTenantId())
                                && realm.trusts().stream()
                                        .anyMatch(trust -> trust.trustingTenantId()
                                                        .equals(tenantId)
                                                && trust.connectionAlias().equals(connection.alias())))
                        .sorted(CONNECTION_ORDER)
                        .filter(connection -> listed.add(connection.alias()))
                        .forEach(connection -> candidates.add(new Candidate(
                                connection.alias(),
                                connection.ownerTenantId(),
                                tenantId,
                                true,
                                connection.createdAt())));
            }
            return candidates;
        }
    }
}
