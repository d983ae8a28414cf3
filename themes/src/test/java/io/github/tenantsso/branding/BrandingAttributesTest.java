package io.github.tenantsso.branding;

import static io.github.tenantsso.branding.BrandingAttributes.DISPLAY_NAME;
import static io.github.tenantsso.branding.BrandingAttributes.LOGO_URL;
import static io.github.tenantsso.branding.BrandingAttributes.PRIMARY_COLOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrandingAttributesTest {

    @Test
    void brandsNothingForATenantWithoutBrandingAttributes() {
        BrandingAttributes.Reading reading = BrandingAttributes.read(Map.of("other", List.of("x")), "Acme");

        assertThat(reading.branding()).isEmpty();
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void readsAllThreeValues() {
        Branding branding = BrandingAttributes.read(
                        Map.of(
                                DISPLAY_NAME, List.of("Acme Corporation"),
                                LOGO_URL, List.of("https://cdn.acme.example/logo.svg"),
                                PRIMARY_COLOR, List.of("#C8102E")),
                        "acme")
                .branding()
                .orElseThrow();

        assertThat(branding.displayName().value()).isEqualTo("Acme Corporation");
        assertThat(branding.logo())
                .hasValueSatisfying(logo -> assertThat(logo.value()).isEqualTo("https://cdn.acme.example/logo.svg"));
        assertThat(branding.color())
                .hasValueSatisfying(color -> assertThat(color.hex()).isEqualTo("#c8102e"));
    }

    @Test
    void fallsBackToTheOrganizationNameWithoutADisplayName() {
        Branding branding = BrandingAttributes.read(Map.of(PRIMARY_COLOR, List.of("#003366")), "Globex")
                .branding()
                .orElseThrow();

        assertThat(branding.displayName().value()).isEqualTo("Globex");
        assertThat(branding.logo()).isEmpty();
    }

    @Test
    void leavesOutEachInvalidValueAndNamesIt() {
        BrandingAttributes.Reading reading = BrandingAttributes.read(
                Map.of(
                        DISPLAY_NAME, List.of("Acme\u202E"),
                        LOGO_URL, List.of("javascript:alert(1)"),
                        PRIMARY_COLOR, List.of("red;}</style><script>alert(1)</script>")),
                "Acme");

        Branding branding = reading.branding().orElseThrow();
        assertThat(branding.displayName().value()).isEqualTo("Acme");
        assertThat(branding.logo()).isEmpty();
        assertThat(branding.color()).isEmpty();
        assertThat(reading.problems())
                .hasSize(3)
                .anySatisfy(problem -> assertThat(problem).startsWith(DISPLAY_NAME))
                .anySatisfy(problem -> assertThat(problem).startsWith(LOGO_URL))
                .anySatisfy(problem -> assertThat(problem).startsWith(PRIMARY_COLOR));
    }

    @Test
    void brandsNothingWhenNoNameCanBeShown() {
        BrandingAttributes.Reading reading =
                BrandingAttributes.read(Map.of(PRIMARY_COLOR, List.of("#003366")), "\u202E");

        assertThat(reading.branding()).isEmpty();
        assertThat(reading.problems()).singleElement().asString().contains("not branded");
    }

    @Test
    void brandsNothingForAnOrganizationWithoutAttributes() {
        assertThat(BrandingAttributes.read(null, "Acme").branding()).isEmpty();
    }

    @Test
    void ignoresBlankValues() {
        assertThat(BrandingAttributes.read(Map.of(LOGO_URL, List.of(" ")), "Acme")
                        .branding())
                .isEmpty();
    }
}
