package io.github.tenantsso.domain.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.dns.DnsLookupException.Kind;
import io.github.tenantsso.domain.dns.VerificationResult.LookupFailed;
import io.github.tenantsso.domain.dns.VerificationResult.Outcome;
import io.github.tenantsso.domain.dns.VerificationResult.TokenNotFound;
import io.github.tenantsso.domain.dns.VerificationResult.Verified;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainVerificationTest {

    private static final DomainName ACME = DomainName.parse("acme.test");
    private static final String TOKEN = "kc-verify-3f9a1c";

    private final DomainVerification verification = new DomainVerification();

    @Test
    void namesTheRecordAfterTheDomain() {
        assertThat(DomainVerification.recordName(ACME)).isEqualTo("_kc-tenant-sso.acme.test");
    }

    @Test
    void namesTheRecordOfAnInternationalDomainInPunycode() {
        assertThat(DomainVerification.recordName(DomainName.parse("bücher.de")))
                .isEqualTo("_kc-tenant-sso.xn--bcher-kva.de");
    }

    @Test
    void looksUpTheRecordName() {
        List<String> asked = new ArrayList<>();

        verification.check(ACME, TOKEN, name -> {
            asked.add(name);
            return List.of();
        });

        assertThat(asked).containsExactly("_kc-tenant-sso.acme.test");
    }

    @Test
    void findsTheTokenAmongOtherTxtRecords() {
        VerificationResult result =
                verification.check(ACME, TOKEN, name -> List.of("v=spf1 -all", TOKEN, "other-token"));

        assertThat(result).isEqualTo(new Verified("_kc-tenant-sso.acme.test"));
        assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void reportsHowManyRecordsWereFoundWhenTheTokenIsNotAmongThem() {
        VerificationResult result = verification.check(ACME, TOKEN, name -> List.of("kc-verify-wrong", "v=spf1 -all"));

        assertThat(result).isEqualTo(new TokenNotFound("_kc-tenant-sso.acme.test", 2));
        assertThat(result.outcome()).isEqualTo(Outcome.TOKEN_NOT_FOUND);
        assertThat(result.toString()).doesNotContain("kc-verify-wrong");
    }

    @Test
    void reportsNoRecordsWhenTheNameHasNone() {
        assertThat(verification.check(ACME, TOKEN, name -> List.of()))
                .isEqualTo(new TokenNotFound("_kc-tenant-sso.acme.test", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kc-verify-3f9a1", "kc-verify-3f9a1c0", "KC-VERIFY-3F9A1C", "kc-verify-3f9a1c extra", ""})
    void requiresTheExactToken(String published) {
        assertThat(verification.check(ACME, TOKEN, name -> List.of(published)).outcome())
                .isEqualTo(Outcome.TOKEN_NOT_FOUND);
    }

    @Test
    void ignoresWhitespaceAroundThePublishedAndTheExpectedToken() {
        assertThat(verification
                        .check(ACME, " " + TOKEN + "\n", name -> List.of("\t" + TOKEN + "  "))
                        .outcome())
                .isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void passesALookupFailureOn() {
        VerificationResult result = verification.check(ACME, TOKEN, name -> {
            throw new DnsLookupException(
                    Kind.TIMEOUT, "No answer from 127.0.0.1:53 for the TXT records of " + name + " within 5000 ms.");
        });

        assertThat(result)
                .isEqualTo(new LookupFailed(
                        "_kc-tenant-sso.acme.test",
                        Kind.TIMEOUT,
                        "No answer from 127.0.0.1:53 for the TXT records of _kc-tenant-sso.acme.test within 5000 ms."));
        assertThat(result.outcome()).isEqualTo(Outcome.LOOKUP_FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesABlankExpectedTokenWhichWouldMatchAnEmptyRecord(String token) {
        assertThatThrownBy(() -> verification.check(ACME, token, name -> List.of("")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifiesAgainstARealDnsServer() {
        try (LoopbackDnsServer server = new LoopbackDnsServer();
                NettyTxtRecordLookup lookup =
                        new NettyTxtRecordLookup(Optional.of(server.address()), Duration.ofSeconds(2))) {
            DomainName domain = DomainName.parse("Bücher.de");
            server.publishTxt("_kc-tenant-sso.xn--bcher-kva.de", "v=other");

            assertThat(verification.check(domain, TOKEN, lookup))
                    .isEqualTo(new TokenNotFound("_kc-tenant-sso.xn--bcher-kva.de", 1));

            server.publishTxt("_kc-tenant-sso.xn--bcher-kva.de", TOKEN);

            assertThat(verification.check(domain, TOKEN, lookup))
                    .isEqualTo(new Verified("_kc-tenant-sso.xn--bcher-kva.de"));
        }
    }
}
