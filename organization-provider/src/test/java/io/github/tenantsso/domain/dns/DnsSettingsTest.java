package io.github.tenantsso.domain.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DnsSettingsTest {

    @Test
    void defaultsToTheSystemNameServersAndFiveSeconds() {
        DnsSettings settings = DnsSettings.parse(null, null);

        assertThat(settings.resolverHost()).isEmpty();
        assertThat(settings.resolverAddress()).isEmpty();
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(5000));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void treatsBlankValuesAsUnset(String blank) {
        DnsSettings settings = DnsSettings.parse(blank, blank);

        assertThat(settings.resolverHost()).isEmpty();
        assertThat(settings.timeout()).isEqualTo(DnsSettings.DEFAULT_TIMEOUT);
    }

    @Test
    void takesPort53WhenOnlyAHostIsGiven() {
        DnsSettings settings = DnsSettings.parse("10.0.0.53", "250");

        assertThat(settings.resolverHost()).contains("10.0.0.53");
        assertThat(settings.resolverPort()).isEqualTo(53);
        assertThat(settings.resolverAddress()).contains(new InetSocketAddress("10.0.0.53", 53));
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(250));
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1:5353, 127.0.0.1, 5353",
        "' resolver.internal:53 ', resolver.internal, 53",
        "localhost:1053, localhost, 1053",
        "'[::1]:5353', ::1, 5353",
        "'[2001:db8::53]', 2001:db8::53, 53",
    })
    void readsHostAndPort(String resolver, String host, int port) {
        DnsSettings settings = DnsSettings.parse(resolver, null);

        assertThat(settings.resolverHost()).contains(host);
        assertThat(settings.resolverPort()).isEqualTo(port);
    }

    @Test
    void givesAnIpv6ResolverAsASocketAddressWithoutALookup() {
        assertThat(DnsSettings.parse("[::1]:5353", null).resolverAddress()).hasValueSatisfying(address -> {
            assertThat(address.isUnresolved()).isFalse();
            assertThat(address.getAddress().isLoopbackAddress()).isTrue();
            assertThat(address.getPort()).isEqualTo(5353);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"x:70000", "x:0", "x:", "x:-1", "x:53a", "[::1]:99999"})
    void rejectsAPortOutOfRange(String resolver) {
        assertThatThrownBy(() -> DnsSettings.parse(resolver, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spi-tenant-sso--default--dns-resolver '" + resolver + "': port must be 1-65535");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "::1| put an IPv6 address in brackets",
                "[::1| no closing bracket",
                "[::1]5353| expected ':port'",
                "[127.0.0.1]:53| is not an IPv6 address",
                "dns server:53| is neither an IP address nor a host name",
                "-bad.example| is neither an IP address nor a host name",
            })
    void rejectsAMalformedResolver(String resolver, String problem) {
        assertThatThrownBy(() -> DnsSettings.parse(resolver, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("spi-tenant-sso--default--dns-resolver '" + resolver + "': ")
                .hasMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "60001", "-5", "5s", "1.5", "99999999999"})
    void rejectsATimeoutOutsideOneMillisecondToOneMinute(String timeout) {
        assertThatThrownBy(() -> DnsSettings.parse(null, timeout))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spi-tenant-sso--default--dns-timeout-ms '" + timeout
                        + "': must be a whole number of milliseconds from 1 to 60000");
    }

    @Test
    void acceptsTheTimeoutBounds() {
        assertThat(DnsSettings.parse(null, "1").timeout()).isEqualTo(Duration.ofMillis(1));
        assertThat(DnsSettings.parse(null, "60000").timeout()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void namesItsPropertiesAsConfigured() {
        assertThat(DnsSettings.RESOLVER_PROPERTY).isEqualTo("dns-resolver");
        assertThat(DnsSettings.TIMEOUT_PROPERTY).isEqualTo("dns-timeout-ms");
    }
}
