package io.github.tenantsso.connection.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchTargetsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.1",
                "172.16.5.4",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "224.0.0.1",
                "198.18.0.1",
                "240.0.0.1",
                "fe80::1",
                "fd00::1",
                "::"
            })
    void refusesAHostThatResolvesToANonPublicAddressWhateverTheLoopbackOption(String address) throws Exception {
        for (boolean loopbackAllowed : new boolean[] {false, true}) {
            assertThat(decide("https://idp.example/", loopbackAllowed, address))
                    .isEqualTo(new FetchTargets.Refused(SetupRefusal.URL_ADDRESS_NOT_PUBLIC));
        }
    }

    @Test
    void refusesAHostWithOnePrivateAddressAmongPublicOnes() throws Exception {
        assertThat(decide("https://idp.example/", true, "93.184.216.34", "10.1.2.3"))
                .isEqualTo(new FetchTargets.Refused(SetupRefusal.URL_ADDRESS_NOT_PUBLIC));
    }

    @Test
    void refusesLoopbackUnlessTheOptionAllowsItThenAlsoOverHttp() throws Exception {
        assertThat(decide("http://localhost:8080/", false, "127.0.0.1"))
                .isEqualTo(new FetchTargets.Refused(SetupRefusal.URL_ADDRESS_NOT_PUBLIC));
        assertThat(decide("http://localhost:8080/", true, "127.0.0.1", "::1")).isEqualTo(new FetchTargets.Allowed());
    }

    @Test
    void refusesLoopbackMixedWithAPublicAddress() throws Exception {
        assertThat(decide("https://idp.example/", true, "127.0.0.1", "93.184.216.34"))
                .isEqualTo(new FetchTargets.Refused(SetupRefusal.URL_ADDRESS_NOT_PUBLIC));
    }

    @Test
    void needsHttpsForAPublicHost() throws Exception {
        assertThat(decide("http://idp.example/", false, "93.184.216.34"))
                .isEqualTo(new FetchTargets.Refused(SetupRefusal.URL_NOT_HTTPS));
        assertThat(decide("https://idp.example/", false, "93.184.216.34")).isEqualTo(new FetchTargets.Allowed());
    }

    @Test
    void refusesAHostThatResolvesToNothing() {
        assertThat(FetchTargets.decide(new FetchTargets.Input(URI.create("https://idp.example/"), List.of(), true)))
                .isEqualTo(new FetchTargets.Refused(SetupRefusal.URL_UNRESOLVED));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ftp://idp.example/",
                "file:///etc/passwd",
                "https://user:pw@idp.example/",
                "idp.example/x",
                "https://idp.example/#x",
                "https:///path",
                "gopher://idp.example/"
            })
    void refusesWhatIsNoPlainWebUrl(String url) {
        assertThat(FetchTargets.parse(url)).isEqualTo(new FetchTargets.Malformed());
    }

    @Test
    void refusesAnOverlongUrl() {
        assertThat(FetchTargets.parse("https://idp.example/" + "a".repeat(FetchTargets.MAX_URL_LENGTH)))
                .isEqualTo(new FetchTargets.Malformed());
    }

    @Test
    void acceptsAnHttpsUrlWithPathAndQuery() {
        assertThat(FetchTargets.parse("https://idp.example/realms/x/.well-known/openid-configuration?a=b"))
                .isInstanceOf(FetchTargets.Url.class);
    }

    private static FetchTargets.Outcome decide(String url, boolean loopbackAllowed, String... addresses)
            throws UnknownHostException {
        List<InetAddress> resolved = new java.util.ArrayList<>();
        for (String address : addresses) {
            resolved.add(InetAddress.getByName(address));
        }
        return FetchTargets.decide(new FetchTargets.Input(URI.create(url), resolved, loopbackAllowed));
    }
}
