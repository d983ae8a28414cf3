package io.github.tenantsso.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenantsso.domain.InvalidDomainException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@b@acme.test",
                "ann@@acme.test",
                "ann.@acme.test",
                ".ann@acme.test",
                "an..n@acme.test",
                "ann smith@acme.test",
                "ann@acme..test",
                "ann@acme.test..",
                "ann@.",
                "ann(comment)@acme.test",
                "<ann@acme.test>"
            })
    void refusesAnAddressKeycloaksUserProfileWouldRefuse(String email) {
        assertThatThrownBy(() -> EmailAddress.parse(email))
                .isInstanceOfSatisfying(
                        InvalidDomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_EMAIL));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ann@Acme.TEST.          | ann@acme.test",
                "  Ann.Smith+sso@acme.test | Ann.Smith+sso@acme.test",
                "\"a@b\"@acme.test       | \"a@b\"@acme.test",
                "bob@BÜCHER.de           | bob@bücher.de",
            })
    void normalizesTheDomainAndKeepsTheLocalPartAsTyped(String email, String normalized) {
        assertThat(EmailAddress.parse(email).normalized()).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@localhost", "ann@github.io", "ann@10.0.0.1"})
    void refusesAWellFormedAddressOfADomainNoTenantCanOwnForItsDomainsReason(String email) {
        assertThatThrownBy(() -> EmailAddress.parse(email))
                .isInstanceOfSatisfying(
                        InvalidDomainException.class,
                        e -> assertThat(e.reason()).isNotEqualTo(Reason.INVALID_EMAIL));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 400, 100_000})
    void refusesOverlongInputBeforeMatchingIt(int length) {
        String email = "a".repeat(length) + "@acme.test";

        assertThatThrownBy(() -> EmailAddress.parse(email))
                .isInstanceOfSatisfying(
                        InvalidDomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_EMAIL));
    }
}
