package io.github.tenantsso.branding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever an attribute holds, what passes validation cannot end a CSS rule, a style element or an HTML attribute.
 * Inputs are generated from a fixed seed: half random strings over an alphabet rich in markup and CSS syntax, half
 * valid values with one such character spliced in.
 */
class BrandingPropertiesTest {

    private static final long SEED = 0xb4a2d1L;
    private static final String ALPHABET = "abcdefABCDEF0123456789#;:{}()<>/\\\"'`=!& \t\n.%-_?[]@*+,~\u202E\u0000ü";
    private static final String HOSTILE = "<>\"'`(){};\\ \n\u202E";

    static Stream<String> values() {
        Random random = new Random(SEED);
        return IntStream.range(0, 400).mapToObj(i -> i % 2 == 0 ? randomString(random) : spliced(random));
    }

    private static String randomString(Random random) {
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }

    private static String spliced(Random random) {
        String[] valid = {
            "#c8102e", "#0a3", "https://cdn.acme.example/logo.svg", "http://localhost:8099/a.png", "Acme Corp"
        };
        String base = valid[random.nextInt(valid.length)];
        int at = 1 + random.nextInt(base.length() - 1);
        return base.substring(0, at) + HOSTILE.charAt(random.nextInt(HOSTILE.length())) + base.substring(at);
    }

    @ParameterizedTest
    @MethodSource("values")
    void anAcceptedColourIsSixHexDigitsAndSoAreItsHoverAndText(String value) {
        BrandColor.parse(value).ifPresent(color -> {
            assertThat(color.hex()).matches("#[0-9a-f]{6}");
            assertThat(color.hover()).matches("#[0-9a-f]{6}");
            assertThat(color.text()).matches("#[0-9a-f]{6}");
            assertThat(BrandColor.parse(color.hex())).contains(color);
        });
    }

    @ParameterizedTest
    @MethodSource("values")
    void anAcceptedLogoUrlHoldsNoCharacterThatEndsAnAttributeOrUrl(String value) {
        LogoUrl.parse(value).ifPresent(logo -> {
            assertThat(logo.value())
                    .doesNotContainPattern("[\"'`()<>\\\\\\s{};]")
                    .matches("(?i)(https://|http://(localhost|127\\.0\\.0\\.1|\\[::1\\])[:/]).*");
            assertThat(LogoUrl.parse(logo.value())).contains(logo);
        });
    }

    @ParameterizedTest
    @MethodSource("values")
    void anAcceptedDisplayNameHoldsNoControlOrOverrideCharacter(String value) {
        DisplayName.parse(value).ifPresent(name -> {
            assertThat(name.value())
                    .doesNotContainPattern("[\\p{Cntrl}\u202A-\u202E\u2066-\u2069]")
                    .isEqualTo(name.value().strip());
            assertThat(DisplayName.parse(name.value())).contains(name);
        });
    }
}
