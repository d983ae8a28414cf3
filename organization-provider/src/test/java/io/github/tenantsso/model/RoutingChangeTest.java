package io.github.tenantsso.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingChangeTest {

    @Test
    void aStoredRowReadsBackAsTheChangeThatWroteIt() {
        for (RoutingChange change : new RoutingChange[] {RoutingChange.tenant("t-1"), RoutingChange.connection("acme-oidc"), RoutingChange.everything()}) {
            assertThat(RoutingChange.of(change.kind(), change.key())).isEqualTo(change);
        }
    }

    @Test
    void aKindThisNodeDoesNotKnowIsReadAsAChangeOfEverything() {
        assertThat(RoutingChange.of("DOMAIN", "acme.test")).isEqualTo(RoutingChange.everything());
    }

    @Test
    void theOverlapWindowMustBeAtLeastASecondAndTheRetentionTwiceTheWindow() {
        assertThatThrownBy(() -> new ChangeLogSettings(999, 10_000)).hasMessageContaining("change-log-window-ms");
        assertThatThrownBy(() -> new ChangeLogSettings(60_000, 100_000)).hasMessageContaining("change-log-retention-ms");
        assertThat(new ChangeLogSettings(60_000, 120_000).windowMillis()).isEqualTo(60_000);
    }
}
