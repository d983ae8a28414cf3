package io.github.tenantsso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void namesEachTenantOnceInTheOrderGivenAndLeavesOutUnknownOnes() {
        AuditEvent event = AuditEvent.of(AuditType.TRUST_CHANGE, "CREATED")
                .tenant("trusting")
                .tenant(null)
                .tenant("owner")
                .tenant("trusting")
                .build("id", "realm", 5L);

        assertThat(event.tenantIds()).containsExactly("trusting", "owner");
    }

    @Test
    void keepsOnlyTheDetailsThatHaveAValueAndTheActorGiven() {
        AuditEvent event = AuditEvent.of(AuditType.LANDING, "LANDED")
                .detail("joined", true)
                .detail("from", null)
                .actor(new Actor("user", "app"))
                .connection("acme-oidc")
                .reason("OWNER_JIT")
                .build("id", "realm", 5L);

        assertThat(event.details()).containsExactly(Map.entry("joined", "true"));
        assertThat(event.actorUserId()).isEqualTo("user");
        assertThat(event.actorClientId()).isEqualTo("app");
        assertThat(event.connectionAlias()).isEqualTo("acme-oidc");
        assertThat(event.reason()).isEqualTo("OWNER_JIT");
    }

    @Test
    void aLoginStepBeforeTheUserIsKnownHasNoActorUser() {
        AuditEvent event = AuditEvent.of(AuditType.ROUTING_DECISION, "REDIRECT").build("id", "realm", 5L);

        assertThat(event.actorUserId()).isNull();
        assertThat(event.actorClientId()).isNull();
        assertThat(event.tenantIds()).isEmpty();
        assertThat(event.details()).isEmpty();
    }
}
