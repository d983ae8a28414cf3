package io.github.tenantsso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void register() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void unregister() {
        Metrics.removeRegistry(registry);
    }

    private static AuditEvent event(AuditType type, String action, String reason) {
        return new AuditEvent("e", "r", 1L, type, action, reason, List.of("tenant-1"), "u", "c", "idp", Map.of());
    }

    @Test
    void countsRoutingDecisionsByOutcomeAndReasonAndRealm() {
        AuditMetrics.count("saas", event(AuditType.ROUTING_DECISION, "REDIRECT", "SINGLE_TENANT"));
        AuditMetrics.count("saas", event(AuditType.ROUTING_DECISION, "REDIRECT", "SINGLE_TENANT"));

        assertThat(registry.get(AuditMetrics.ROUTING)
                        .tags("realm", "saas", "outcome", "REDIRECT", "reason", "SINGLE_TENANT")
                        .counter()
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void countsLandingRefusalsAndExchangesApartFromOtherRefusals() {
        AuditMetrics.count("saas", event(AuditType.REFUSAL, AuditActions.LANDING, "NOT_A_MEMBER"));
        AuditMetrics.count("saas", event(AuditType.REFUSAL, AuditActions.SESSION_EXCHANGE, "NOT_A_MEMBER"));
        AuditMetrics.count("saas", event(AuditType.SESSION_EXCHANGE, "SWITCHED", "MEMBER"));

        assertThat(registry.get(AuditMetrics.LANDING_REFUSALS)
                        .tags("reason", "NOT_A_MEMBER")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get(AuditMetrics.EXCHANGES)
                        .tags("outcome", "REFUSED")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get(AuditMetrics.EXCHANGES)
                        .tags("outcome", "SWITCHED")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void noCounterHasATenantLabel() {
        AuditMetrics.count("saas", event(AuditType.LANDING, "LANDED", "OWNER_MEMBER"));
        AuditMetrics.count("saas", event(AuditType.REFUSAL, AuditActions.PASSWORD, "TENANT_SSO_ONLY"));

        assertThat(registry.getMeters())
                .isNotEmpty()
                .flatMap(meter -> meter.getId().getTags())
                .noneMatch(
                        tag -> tag.getKey().contains("tenant") || tag.getValue().equals("tenant-1"));
        assertThat(registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName))
                .allMatch(name -> name.startsWith("tenant_sso_"));
    }
}
