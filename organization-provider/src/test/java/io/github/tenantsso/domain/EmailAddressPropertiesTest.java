package io.github.tenantsso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmailAddressPropertiesTest {

    @ParameterizedTest
    @MethodSource("io.github.tenantsso.domain.DomainNamePropertiesTest#emailAddresses")
    void theNormalizedAddressParsesToItself(String local, String domain) {
        EmailAddress parsed = EmailAddress.parse(local + "@" + domain.toUpperCase(Locale.ROOT) + ".");

        assertThat(EmailAddress.parse(parsed.normalized())).isEqualTo(parsed);
        assertThat(parsed.domain()).isEqualTo(DomainName.parse(domain));
        assertThat(parsed.localPart()).isEqualTo(local);
    }
}
