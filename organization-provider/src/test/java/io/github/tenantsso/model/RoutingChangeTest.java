package io.github.tenantsso.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutingChangeTest {

    @Test
    void aStoredRowReadsBackAsTheChangeThatWroteIt() {
        for (RoutingChange change : new RoutingChange[] {
            RoutingChange.tenant("t-1"), RoutingChange.connection("acme-oidc"), RoutingChange.everything()
        }) {
            assertThat(RoutingChange.of(change.kind(), change.key())).isEqualTo(change);
        }
    }

    @Test
    void aKindThisNodeDoesNotKnowIsReadAsAChangeOfEverything() {
        assertThat(RoutingChange.of("DOMAIN", "acme.test")).isEqualTo(RoutingChange.everything());
    }
}
