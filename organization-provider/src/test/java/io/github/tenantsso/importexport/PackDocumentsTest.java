package io.github.tenantsso.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tenantsso.model.ImportLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PackDocumentsTest {

    private static final ImportLimits SMALL = new ImportLimits(1000, 3);

    @Test
    void readsADocumentWithinTheLimits() {
        PackDocument document = PackDocuments.parse(
                "{\"policy\": {\"crossTenantDomainSharing\": true},"
                        + " \"domains\": [{\"tenant\": \"acme\", \"domain\": \"acme.example\"}], \"connections\": [], \"trusts\": null}",
                SMALL);

        assertThat(document.policy().crossTenantDomainSharing()).isTrue();
        assertThat(document.domains())
                .singleElement()
                .satisfies(d -> assertThat(d.domain()).isEqualTo("acme.example"));
        assertThat(document.trusts()).isEmpty();
    }

    @Test
    void readsADocumentOfBeforeMembershipsAndGroupPathsAsOneWithoutThem() {
        PackDocument document = PackDocuments.parse(
                "{\"trusts\": [{\"tenant\": \"globex\", \"connection\": \"acme-sso\","
                        + " \"groupIds\": [\"g1\"], \"createdAt\": 4}]}",
                SMALL);

        assertThat(document.memberships()).isEmpty();
        assertThat(document.activeTenants()).isEmpty();
        assertThat(document.trusts()).singleElement().satisfies(t -> {
            assertThat(t.groupIds()).containsExactly("g1");
            assertThat(t.groups()).isNull();
            assertThat(t.createdBy()).isNull();
        });
    }

    @Test
    void countsMembershipsAndActiveTenantsAsEntries() {
        ImportProblem problem =
                refused(() -> PackDocuments.parse("{\"memberships\": [{}, {}], \"activeTenants\": [{}, {}]}", SMALL));

        assertThat(problem.code()).isEqualTo(ImportProblem.Code.TOO_MANY_ENTRIES);
        assertThat(problem.field()).isEqualTo("activeTenants");
    }

    @Test
    void refusesALargerDocumentWithoutReadingAllOfIt() {
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return served > 10_000_000 ? -1 : ' ';
            }
        };

        ImportProblem problem = refused(() -> PackDocuments.read(endless, SMALL));

        assertThat(problem.code()).isEqualTo(ImportProblem.Code.DOCUMENT_TOO_LARGE);
        assertThat(problem.code().status()).isEqualTo(413);
    }

    @Test
    void countsEntriesOfAllKindsAgainstOneLimit() {
        ImportProblem problem =
                refused(() -> PackDocuments.parse("{\"domains\": [{}, {}], \"trusts\": [{}, {}]}", SMALL));

        assertThat(problem.code()).isEqualTo(ImportProblem.Code.TOO_MANY_ENTRIES);
        assertThat(problem.code().status()).isEqualTo(400);
        assertThat(problem.field()).isEqualTo("trusts");
    }

    @Test
    void namesTheEntryAndFieldOfAWrongTypeWithoutJavaTypes() {
        ImportProblem problem =
                refused(() -> PackDocuments.parse("{\"domains\": [{}, {\"verified\": \"perhaps\"}]}", SMALL));

        assertThat(problem.field()).isEqualTo("domains[1].verified");
        assertThat(problem.message()).doesNotContain("java.", "Boolean", "PackDocument");
    }

    @Test
    void namesAnUnknownFieldOfAnEntryWithoutEchoingItWhole() {
        String longName = "z".repeat(5000);

        ImportProblem problem = refused(
                () -> PackDocuments.parse("{\"domains\": [{\"" + longName + "\": 1}]}", new ImportLimits(100_000, 3)));

        assertThat(problem.field()).isEqualTo("domains[0]");
        assertThat(problem.message()).hasSizeLessThan(200);
    }

    @Test
    void refusesUnknownTopLevelFieldsDuplicatesAndTrailingContent() {
        assertThat(refused(() -> PackDocuments.parse("{\"domians\": []}", SMALL))
                        .message())
                .contains("domians");
        assertThat(refused(() -> PackDocuments.parse("{\"domains\": [], \"domains\": []}", SMALL))
                        .code())
                .isEqualTo(ImportProblem.Code.INVALID_DOCUMENT);
        assertThat(refused(() -> PackDocuments.parse("{} {}", SMALL)).code())
                .isEqualTo(ImportProblem.Code.INVALID_DOCUMENT);
        assertThat(refused(() -> PackDocuments.parse("[]", SMALL)).code())
                .isEqualTo(ImportProblem.Code.INVALID_DOCUMENT);
        assertThat(refused(() -> PackDocuments.parse("{\"domains\": 3}", SMALL)).field())
                .isEqualTo("domains");
    }

    @Test
    void readsWhatItWrites() {
        PackDocument document = new PackDocument(
                new PackDocument.Policy(false, "BLOCK", true, "tenantId"),
                java.util.List.of(new PackDocument.Domain(
                        "acme",
                        "acme.example",
                        true,
                        true,
                        "DNS",
                        "tokentokentokentoken",
                        1L,
                        2L,
                        "admin-1",
                        "admin-2")),
                java.util.List.of(new PackDocument.Connection("acme-sso", "acme", true, false, 3L, "admin-3")),
                java.util.List.of(new PackDocument.Trust(
                        "globex", "acme-sso", true, java.util.List.of("/engineers"), null, 4L, null)),
                java.util.List.of(new PackDocument.Membership("ann", "globex", 5L, "acme-sso")),
                java.util.List.of(new PackDocument.ActiveTenant("ann", "globex", 6L)));

        assertThat(PackDocuments.read(
                        new ByteArrayInputStream(PackDocuments.write(document).getBytes(StandardCharsets.UTF_8)),
                        new ImportLimits(1000, 5)))
                .isEqualTo(document);
    }

    private static ImportProblem refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(InvalidPackDocumentException.class, call).problem();
    }
}
