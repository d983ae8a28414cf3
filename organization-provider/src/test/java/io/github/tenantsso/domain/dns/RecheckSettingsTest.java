package io.github.tenantsso.domain.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecheckSettingsTest {

    @Test
    void defaultsToEverySixHoursWithThreeDaysOfGrace() {
        RecheckSettings settings = RecheckSettings.parse(null, " ");

        assertThat(settings.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(settings.grace()).isEqualTo(Duration.ofHours(72));
        assertThat(settings.enabled()).isTrue();
    }

    @Test
    void zeroTurnsRecheckingOff() {
        assertThat(RecheckSettings.parse("0", null).enabled()).isFalse();
    }

    @Test
    void readsWholeSeconds() {
        RecheckSettings settings = RecheckSettings.parse(" 2 ", "4");

        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.grace()).isEqualTo(Duration.ofSeconds(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "ten", "99999999999", "31536001"})
    void refusesAnIntervalThatIsNotAWholeNumberOfSecondsInRangeNamingTheOption(String value) {
        assertThatThrownBy(() -> RecheckSettings.parse(value, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spi-tenant-sso--default--dns-recheck-interval-seconds");
    }

    @Test
    void refusesAGraceOfZero() {
        assertThatThrownBy(() -> RecheckSettings.parse(null, "0")).hasMessageContaining("dns-lapse-grace-seconds");
    }
}
