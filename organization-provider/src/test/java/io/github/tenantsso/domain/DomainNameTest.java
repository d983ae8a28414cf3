package io.github.tenantsso.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenantsso.domain.InvalidDomainException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {

    @ParameterizedTest
    @CsvSource({
        "Example.COM, example.com",
        "example.com., example.com",
        "'  acme.test  ', acme.test",
        "sub.Corp.example.co.uk, sub.corp.example.co.uk",
        "bücher.example, xn--bcher-kva.example",
        "BÜCHER.de, xn--bcher-kva.de",
        "xn--bcher-kva.de, xn--bcher-kva.de",
        "例え.テスト, xn--r8jz45g.xn--zckzah",
        "example。com, example.com",
    })
    void normalizesCaseTrailingDotAndInternationalNames(String input, String expected) {
        assertThat(DomainName.parse(input).value()).isEqualTo(expected);
    }

    @Test
    void showsInternationalNamesInUnicode() {
        assertThat(DomainName.parse("xn--bcher-kva.de").unicode()).isEqualTo("bücher.de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*.example.com", "*", "ex*ample.com"})
    void rejectsWildcards(String input) {
        assertRejected(input, Reason.WILDCARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.10", "10.0.0.1.", "::1", "[2001:db8::1]", "2001:db8::1"})
    void rejectsIpAddresses(String input) {
        assertRejected(input, Reason.IP_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example", "intranet."})
    void rejectsSingleLabels(String input) {
        assertRejected(input, Reason.SINGLE_LABEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"com", "co.uk", "github.io", "s3.amazonaws.com", "COM."})
    void rejectsPublicSuffixesIncludingPrivateOnes(String input) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOfSatisfying(
                        InvalidDomainException.class,
                        e -> assertThat(e.reason()).isIn(Reason.PUBLIC_SUFFIX, Reason.SINGLE_LABEL));
    }

    @Test
    void namesThePublicSuffixAndSuggestsARegistrableName() {
        assertThatThrownBy(() -> DomainName.parse("co.uk"))
                .hasMessageContaining("'co.uk' is a public suffix")
                .hasMessageContaining("example.co.uk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "."})
    void rejectsEmptyInput(String input) {
        assertRejected(input, Reason.EMPTY);
    }

    @Test
    void rejectsNull() {
        assertRejected((String) null, Reason.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..example.com", ".example.com", "example.com.."})
    void rejectsEmptyLabels(String input) {
        assertRejected(input, Reason.EMPTY_LABEL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"-acme.com", "acme-.com", "ac_me.com", "acme .com", "acme.com/path", "ann@acme.com", "<b>.com"})
    void rejectsInvalidCharacters(String input) {
        assertRejected(input, Reason.INVALID_CHARACTERS);
    }

    @Test
    void rejectsLabelsLongerThan63Characters() {
        assertThat(DomainName.parse("a".repeat(63) + ".com").value()).hasSize(67);
        assertRejected("a".repeat(64) + ".com", Reason.LABEL_TOO_LONG);
        assertRejected("ü".repeat(60) + ".com", Reason.LABEL_TOO_LONG);
    }

    @Test
    void rejectsNamesLongerThan253Characters() {
        String label = "a".repeat(62);
        String longest = String.join(".", label, label, label, "b".repeat(61)) + ".com";
        assertThat(longest).hasSize(254);
        assertRejected(longest, Reason.NAME_TOO_LONG);
        assertRejected("a.".repeat(2000) + "com", Reason.NAME_TOO_LONG);
    }

    @Test
    void rejectsNumericTopLevelDomains() {
        assertRejected("1.2.3", Reason.NUMERIC_TOP_LEVEL);
    }

    @ParameterizedTest
    @CsvSource({
        "ann@Example.COM, example.com",
        "\"odd@name\"@acme.test, acme.test",
        "bob@bücher.de, xn--bcher-kva.de",
    })
    void takesTheDomainOfAnEmailAddress(String email, String expected) {
        assertThat(DomainName.ofEmail(email).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@acme.test", "ann smith@acme.test"})
    void rejectsMalformedEmailAddresses(String email) {
        assertRejected(() -> DomainName.ofEmail(email), Reason.INVALID_EMAIL);
    }

    @Test
    void rejectsEmailAddressesOfInvalidDomains() {
        assertRejected(() -> DomainName.ofEmail("ann@localhost"), Reason.SINGLE_LABEL);
        assertRejected(() -> DomainName.ofEmail("ann@10.0.0.1"), Reason.IP_ADDRESS);
    }

    @Test
    void walksUpToTheRegistrableNameButNotToThePublicSuffix() {
        DomainName name = DomainName.parse("a.b.example.co.uk");

        assertThat(name.parent()).map(DomainName::value).contains("b.example.co.uk");
        assertThat(name.parent().flatMap(DomainName::parent))
                .map(DomainName::value)
                .contains("example.co.uk");
        assertThat(DomainName.parse("example.co.uk").parent()).isEmpty();
        assertThat(DomainName.parse("acme.test").parent()).isEmpty();
    }

    private static void assertRejected(String input, Reason reason) {
        assertRejected(() -> DomainName.parse(input), reason);
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidDomainException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isNotBlank();
        });
    }

    @Test
    void aStoredNameReadsBackEqualToTheParsedOneWithTheSameParents() {
        DomainName parsed = DomainName.parse("Paris.EU.Acme.co.uk.");

        DomainName stored = DomainName.ofStored(parsed.value());

        assertThat(stored).isEqualTo(parsed);
        assertThat(stored.parent()).isEqualTo(parsed.parent());
    }
}
