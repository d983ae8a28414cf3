package io.github.tenantsso.branding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrandColorTest {

    @Test
    void acceptsSixDigitHexInAnyCase() {
        assertThat(BrandColor.parse(" #C8102E "))
                .hasValueSatisfying(color -> assertThat(color.hex()).isEqualTo("#c8102e"));
    }

    @Test
    void expandsThreeDigitHex() {
        assertThat(BrandColor.parse("#0A3"))
                .hasValueSatisfying(color -> assertThat(color.hex()).isEqualTo("#00aa33"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "red",
                "#12345",
                "#1234567",
                "rgb(1,2,3)",
                "#fff;}</style><script>alert(1)</script>",
                "#ffffff !important",
                "var(--x)",
                "#ggg",
                "",
                "  ",
                "#c8102e;",
                "＃c8102e"
            })
    void rejectsEverythingButHexColours(String value) {
        assertThat(BrandColor.parse(value)).isEmpty();
    }

    @Test
    void rejectsAMissingValue() {
        assertThat(BrandColor.parse(null)).isEmpty();
    }

    @Test
    void putsWhiteTextOnDarkColoursAndDarkTextOnLightOnes() {
        assertThat(BrandColor.parse("#003366").orElseThrow().text()).isEqualTo("#ffffff");
        assertThat(BrandColor.parse("#ffdd00").orElseThrow().text()).isEqualTo("#151515");
    }

    @Test
    void hoverIsDarkerThanTheColour() {
        BrandColor color = BrandColor.parse("#3366cc").orElseThrow();

        assertThat(BrandColor.parse(color.hover()).orElseThrow().luminance()).isLessThan(color.luminance());
    }
}
