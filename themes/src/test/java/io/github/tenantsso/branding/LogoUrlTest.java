package io.github.tenantsso.branding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogoUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://cdn.acme.example/logo.svg",
                "https://cdn.acme.example:8443/a/b.png?v=2#x",
                "http://localhost:8099/logo.svg",
                "http://127.0.0.1/logo.png",
                "http://[::1]:80/logo.png",
                "HTTPS://CDN.ACME.EXAMPLE/L.PNG"
            })
    void acceptsHttpsAndLoopbackHttp(String url) {
        assertThat(LogoUrl.parse(url))
                .hasValueSatisfying(logo -> assertThat(logo.value()).isEqualTo(url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://cdn.acme.example/logo.png",
                "javascript:alert(1)",
                "data:image/svg+xml;base64,PHN2Zz4=",
                "//cdn.acme.example/logo.png",
                "/logo.png",
                "https://",
                "https://cdn.acme.example/a\"onerror=\"alert(1)",
                "https://cdn.acme.example/a'b",
                "https://cdn.acme.example/a(b)",
                "https://cdn.acme.example/a\\b",
                "https://cdn.acme.example/a b",
                "https://cdn.acme.example/</style><script>alert(1)</script>",
                "https://user:pass@cdn.acme.example/logo.png",
                "ftp://cdn.acme.example/logo.png",
                "https://cdn.acme.example/a`b"
            })
    void rejectsOtherSchemesRelativeUrlsAndCharactersThatCouldEndAnAttribute(String url) {
        assertThat(LogoUrl.parse(url)).isEmpty();
    }

    @Test
    void rejectsAddressesLongerThanTheLimit() {
        String base = "https://cdn.acme.example/";

        assertThat(LogoUrl.parse(base + "a".repeat(LogoUrl.MAX_LENGTH - base.length())))
                .isPresent();
        assertThat(LogoUrl.parse(base + "a".repeat(LogoUrl.MAX_LENGTH - base.length() + 1)))
                .isEmpty();
    }

    @Test
    void rejectsAMissingValue() {
        assertThat(LogoUrl.parse(null)).isEmpty();
        assertThat(LogoUrl.parse(" ")).isEmpty();
    }
}
