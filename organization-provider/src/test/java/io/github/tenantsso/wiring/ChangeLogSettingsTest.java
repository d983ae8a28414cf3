package io.github.tenantsso.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChangeLogSettingsTest {

    @Test
    void theOverlapWindowMustBeAtLeastASecondAndTheRetentionTwiceTheWindow() {
        assertThatThrownBy(() -> new ChangeLogSettings(999, 10_000)).hasMessageContaining("change-log-window-ms");
        assertThatThrownBy(() -> new ChangeLogSettings(60_000, 100_000))
                .hasMessageContaining("change-log-retention-ms");
        assertThat(new ChangeLogSettings(60_000, 120_000).windowMillis()).isEqualTo(60_000);
    }
}
