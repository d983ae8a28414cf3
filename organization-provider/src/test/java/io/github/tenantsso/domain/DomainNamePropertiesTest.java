package io.github.tenantsso.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenantsso.domain.InvalidDomainException.Reason;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of normalization over generated names (see {@link GeneratedDomains}).
 */
class DomainNamePropertiesTest {

    @ParameterizedTest
    @MethodSource("domains")
    void normalizingTwiceChangesNothing(String domain) {
        DomainName once = DomainName.parse(domain);

        assertThat(DomainName.parse(once.value())).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("domains")
    void caseSurroundingSpaceAndOneTrailingDotDoNotMatter(String domain) {
        DomainName plain = DomainName.parse(domain);

        assertThat(DomainName.parse(domain.toUpperCase(Locale.ROOT) + ".")).isEqualTo(plain);
        assertThat(DomainName.parse("  " + domain + "  ")).isEqualTo(plain);
    }

    @ParameterizedTest
    @MethodSource("domains")
    void normalizedNamesAreLowerCaseAsciiWithinDnsLimits(String domain) {
        String value = DomainName.parse(domain).value();

        assertThat(value).matches("[a-z0-9.-]+").doesNotEndWith(".").hasSizeLessThanOrEqualTo(DomainName.MAX_LENGTH);
        assertThat(value.split("\\."))
                .allSatisfy(label -> assertThat(label).hasSizeBetween(1, DomainName.MAX_LABEL_LENGTH));
    }

    @ParameterizedTest
    @MethodSource("unicodeLabels")
    void internationalNamesMapToOnePunycodeWhateverTheCase(String label) {
        DomainName lower = DomainName.parse(label + ".example");

        assertThat(DomainName.parse(label.toUpperCase(Locale.ROOT) + ".EXAMPLE"))
                .isEqualTo(lower);
        assertThat(lower.value()).startsWith("xn--");
        assertThat(DomainName.parse(lower.unicode())).isEqualTo(lower);
    }

    @ParameterizedTest
    @MethodSource("domainsWithAStar")
    void anyWildcardIsRejected(String withStar) {
        assertRejected(withStar, Reason.WILDCARD);
    }

    @ParameterizedTest
    @MethodSource("ipv4Addresses")
    void anyIpv4AddressIsRejected(String address) {
        assertRejected(address, Reason.IP_ADDRESS);
    }

    @ParameterizedTest
    @MethodSource("emailAddresses")
    void anEmailAddressRoutesByItsNormalizedDomain(String local, String domain) {
        assertThat(DomainName.ofEmail(local + "@" + domain.toUpperCase(Locale.ROOT)))
                .isEqualTo(DomainName.parse(domain));
    }

    static Stream<String> domains() {
        return GeneratedDomains.cases(GeneratedDomains::domain);
    }

    static Stream<String> unicodeLabels() {
        return GeneratedDomains.cases(GeneratedDomains::unicodeLabel);
    }

    static Stream<String> domainsWithAStar() {
        return GeneratedDomains.cases(random -> {
            String domain = GeneratedDomains.domain(random);
            int at = random.nextInt(domain.length() + 1);
            return domain.substring(0, at) + "*" + domain.substring(at);
        });
    }

    static Stream<String> ipv4Addresses() {
        return GeneratedDomains.cases(GeneratedDomains::ipv4);
    }

    static Stream<Arguments> emailAddresses() {
        return GeneratedDomains.cases(
                random -> Arguments.of(GeneratedDomains.localPart(random), GeneratedDomains.domain(random)));
    }

    private static void assertRejected(String input, Reason reason) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOfSatisfying(
                        InvalidDomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
