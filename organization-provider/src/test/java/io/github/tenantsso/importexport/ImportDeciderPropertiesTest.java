package io.github.tenantsso.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.policy.RoutingPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the import decision over realms and documents generated from a fixed seed.
 */
class ImportDeciderPropertiesTest {

    private static final long SEED = 0x1e9041L;
    private static final int TENANTS = 5;
    private static final int DOMAINS = 8;

    record Case(int number, ImportInputs realm, PackDocument document) {
        @Override
        public String toString() {
            return "case " + number;
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, 400).mapToObj(n -> {
            ImportInputs realm = new ImportInputs();
            for (int t = 0; t < TENANTS; t++) {
                realm.tenant("t" + t);
            }
            boolean sharing = random.nextInt(3) == 0;
            realm.policy = new RoutingPolicy(sharing, AmbiguousNewUser.BLOCK, true, "tenantId");
            Set<String> verifiedDomains = new HashSet<>();
            for (int c = random.nextInt(6); c > 0; c--) {
                String tenant = "t" + random.nextInt(TENANTS);
                String domain = "d" + random.nextInt(DOMAINS) + ".example";
                boolean verified = random.nextBoolean() && (sharing || verifiedDomains.add(domain));
                if (realm.claims.stream()
                        .noneMatch(s -> s.organizationId().equals(ImportInputs.id(tenant))
                                && s.domain().equals(domain))) {
                    realm.claims.add(new ImportInput.StoredClaim(
                            "stored-" + c,
                            ImportInputs.id(tenant),
                            domain,
                            random.nextBoolean(),
                            verified,
                            verified ? "DNS" : null,
                            "storedtokenstoredtoken" + c,
                            1000 + c,
                            verified ? 2000L + c : null,
                            null,
                            null));
                }
            }
            List<PackDocument.Domain> domains = new ArrayList<>();
            for (int e = random.nextInt(8); e > 0; e--) {
                String tenant = "t" + random.nextInt(TENANTS + (random.nextInt(20) == 0 ? 2 : 0));
                String domain = random.nextInt(25) == 0 ? "*.bad.example" : "d" + random.nextInt(DOMAINS) + ".example";
                Boolean verified = switch (random.nextInt(3)) {
                    case 0 -> null;
                    case 1 -> true;
                    default -> false;
                };
                domains.add(new PackDocument.Domain(
                        tenant,
                        domain,
                        random.nextBoolean() ? null : random.nextBoolean(),
                        verified,
                        random.nextBoolean() ? null : "DNS",
                        null,
                        random.nextBoolean() ? null : (long) random.nextInt(5000),
                        null,
                        null,
                        null));
            }
            return new Case(n, realm, new PackDocument(null, domains, null, null, null, null));
        });
    }

    /** Keeps the properties below meaningful: the generator makes both outcomes, and conflicts among the refusals. */
    @Test
    void theCasesHoldAcceptedAndRefusedDocuments() {
        List<ImportDecision> decisions = cases().map(
                        c -> ImportDecider.decide(c.realm().apply(c.document())))
                .toList();

        assertThat(decisions)
                .filteredOn(ImportDecision.Accepted.class::isInstance)
                .hasSizeGreaterThan(100);
        assertThat(decisions)
                .filteredOn(d -> d instanceof ImportDecision.Refused r
                        && r.problem().code() == ImportProblem.Code.DOMAIN_VERIFIED_ELSEWHERE)
                .hasSizeGreaterThan(10);
        assertThat(decisions)
                .filteredOn(d -> d instanceof ImportDecision.Refused r
                        && r.problem().code() == ImportProblem.Code.INVALID_DOCUMENT)
                .hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aRefusalNamesAnEntryOfTheDocumentInABoundedSentence(Case c) {
        if (ImportDecider.decide(c.realm().apply(c.document())) instanceof ImportDecision.Refused refused) {
            assertThat(refused.problem().field()).matches("domains\\[\\d+](\\.\\w+)?");
            int entry = Integer.parseInt(refused.problem().field().replaceAll("domains\\[(\\d+)].*", "$1"));
            assertThat(entry).isLessThan(c.document().domains().size());
            assertThat(refused.problem().message())
                    .startsWith(refused.problem().field() + ": ")
                    .hasSizeLessThan(400);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSummaryAccountsForEveryEntryOnce(Case c) {
        if (ImportDecider.decide(c.realm().apply(c.document())) instanceof ImportDecision.Accepted accepted) {
            ImportSummary.Counts counts = accepted.plan().summary().domains();
            assertThat(counts.created() + counts.updated() + counts.unchanged())
                    .isEqualTo(c.document().domains().size());
            assertThat(counts.created() + counts.updated())
                    .isEqualTo(accepted.plan().claims().size());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void withoutSharingNoDomainEndsVerifiedByTwoOrganizations(Case c) {
        if (!c.realm().policy.crossTenantDomainSharing()
                && ImportDecider.decide(c.realm().apply(c.document())) instanceof ImportDecision.Accepted accepted) {
            Map<String, Set<String>> verifiedBy = new HashMap<>();
            for (ImportInput.StoredClaim claim : stateAfter(c.realm().claims, accepted.plan())) {
                if (claim.verified()) {
                    verifiedBy
                            .computeIfAbsent(claim.domain(), d -> new HashSet<>())
                            .add(claim.organizationId());
                }
            }
            assertThat(verifiedBy.values())
                    .allSatisfy(tenants -> assertThat(tenants).hasSize(1));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void applyingAnAcceptedDocumentAgainChangesNothing(Case c) {
        if (ImportDecider.decide(c.realm().apply(c.document())) instanceof ImportDecision.Accepted accepted) {
            ImportInputs after = c.realm();
            List<ImportInput.StoredClaim> state = stateAfter(after.claims, accepted.plan());
            after.claims.clear();
            after.claims.addAll(state);

            ImportDecision again = ImportDecider.decide(after.apply(c.document()));

            assertThat(again).isInstanceOf(ImportDecision.Accepted.class);
            assertThat(((ImportDecision.Accepted) again).plan().changesAnything())
                    .isFalse();
        }
    }

    /** What the importer stores for a plan: each write replaces the claim it names or adds one. */
    private static List<ImportInput.StoredClaim> stateAfter(List<ImportInput.StoredClaim> stored, ImportPlan plan) {
        Map<String, ImportInput.StoredClaim> byId = new HashMap<>();
        stored.forEach(claim -> byId.put(claim.id(), claim));
        int created = 0;
        for (ImportPlan.ClaimWrite write : plan.claims()) {
            String id = write.existingId() == null ? "created-" + created++ : write.existingId();
            byId.put(
                    id,
                    new ImportInput.StoredClaim(
                            id,
                            write.organizationId(),
                            write.domain(),
                            write.includeSubdomains(),
                            write.verified(),
                            write.verificationMethod(),
                            write.verificationToken() == null ? "generatedtokengenerated" : write.verificationToken(),
                            write.createdAt(),
                            write.verifiedAt(),
                            write.createdBy(),
                            write.verifiedBy()));
        }
        return new ArrayList<>(byId.values());
    }
}
