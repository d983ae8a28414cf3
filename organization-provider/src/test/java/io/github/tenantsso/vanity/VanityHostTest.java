package io.github.tenantsso.vanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VanityHostTest {

    @Test
    void normalizesCaseSpaceAndTrailingDot() {
        assertThat(VanityHost.parse("  Login.ACME.example. ").value()).isEqualTo("login.acme.example");
    }

    @Test
    void writesInternationalNamesInPunycode() {
        assertThat(VanityHost.parse("anmeldung.bücher.example").value()).isEqualTo("anmeldung.xn--bcher-kva.example");
    }

    @Test
    void takesTheRequestHostWithoutItsPort() {
        assertThat(VanityHost.ofRequestHost("login.acme.example:8443"))
                .contains(VanityHost.parse("login.acme.example"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.0.0.1:8080",
                "[::1]:8080",
                "[::1]",
                "localhost",
                "localhost:8080",
                "",
                "a..b",
                "-a.example"
            })
    void findsNoVanityHostInAddressesAndMalformedHosts(String host) {
        assertThat(VanityHost.ofRequestHost(host)).isEmpty();
    }

    @Test
    void findsNoVanityHostWithoutAHost() {
        assertThat(VanityHost.ofRequestHost(null)).isEmpty();
    }

    @Test
    void rejectsWildcardsNamingThem() {
        assertThatThrownBy(() -> VanityHost.parse("*.acme.example"))
                .isInstanceOf(InvalidVanityHostException.class)
                .hasMessageContaining("wildcards");
    }

    @Test
    void rejectsIpAddressesNamingThem() {
        assertThatThrownBy(() -> VanityHost.parse("10.0.0.1"))
                .isInstanceOf(InvalidVanityHostException.class)
                .hasMessageContaining("not an IP address");
    }

    @Test
    void rejectsSingleLabelNames() {
        assertThatThrownBy(() -> VanityHost.parse("intranet"))
                .isInstanceOf(InvalidVanityHostException.class)
                .hasMessageContaining("two labels");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "login.acme.example/x",
                "login acme.example",
                "login.acme.example:80",
                "log_in.acme.example",
                "<b>.example"
            })
    void rejectsCharactersHostNamesDoNotHave(String host) {
        assertThatThrownBy(() -> VanityHost.parse(host))
                .isInstanceOf(InvalidVanityHostException.class)
                .hasMessageContaining(host.strip());
    }

    @Test
    void rejectsEmptyValues() {
        assertThatThrownBy(() -> VanityHost.parse(" "))
                .isInstanceOf(InvalidVanityHostException.class)
                .hasMessageContaining("empty");
    }
}
