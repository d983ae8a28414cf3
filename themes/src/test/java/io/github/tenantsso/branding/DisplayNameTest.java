package io.github.tenantsso.branding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

    @Test
    void keepsMarkupAsTextForTheTemplateToEscape() {
        assertThat(DisplayName.parse(" </style><script>alert(1)</script> "))
                .hasValueSatisfying(name -> assertThat(name.value()).isEqualTo("</style><script>alert(1)</script>"));
    }

    @Test
    void acceptsNamesInAnyScript() {
        assertThat(DisplayName.parse("Müller & Söhne 株式会社")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme\nCorp", "Acme\u0000", "\u202EemcA", "Acme\u2066x", "\u200Fabc", ""})
    void rejectsControlAndDirectionOverrideCharacters(String name) {
        assertThat(DisplayName.parse(name)).isEmpty();
    }

    @Test
    void rejectsNamesLongerThanTheLimit() {
        assertThat(DisplayName.parse("a".repeat(DisplayName.MAX_CODE_POINTS))).isPresent();
        assertThat(DisplayName.parse("a".repeat(DisplayName.MAX_CODE_POINTS + 1)))
                .isEmpty();
    }
}
