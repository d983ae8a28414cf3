package io.github.tenantsso.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;

/**
 * The pack's counters on Keycloak's metrics endpoint (management port, {@code --metrics-enabled=true}), registered
 * as Keycloak registers its own, in Micrometer's global registry; without metrics enabled they count into nothing.
 * Labels are the realm and the bounded codes of the rules (outcome, reason), never a tenant: a realm may have
 * thousands of tenants, and a label per tenant would make that many series of each counter.
 */
final class AuditMetrics {

    static final String ROUTING = "tenant_sso_routing_decisions";
    static final String LANDINGS = "tenant_sso_landings";
    static final String LANDING_REFUSALS = "tenant_sso_landing_refusals";
    static final String PASSWORD_REFUSALS = "tenant_sso_password_refusals";
    static final String EXCHANGES = "tenant_sso_session_exchanges";

    private static final Meter.MeterProvider<Counter> ROUTING_COUNTER = counter(
            ROUTING,
            "Routing decisions of the e-mail step, by outcome (REDIRECT, BLOCKED, DEFAULT_METHOD) and reason.");
    private static final Meter.MeterProvider<Counter> LANDING_COUNTER =
            counter(LANDINGS, "Broker logins that landed in a tenant, by reason.");
    private static final Meter.MeterProvider<Counter> LANDING_REFUSAL_COUNTER =
            counter(LANDING_REFUSALS, "Broker logins refused at landing, by reason.");
    private static final Meter.MeterProvider<Counter> PASSWORD_REFUSAL_COUNTER =
            counter(PASSWORD_REFUSALS, "Passwords a tenant's sign-in policy refused, by reason.");
    private static final Meter.MeterProvider<Counter> EXCHANGE_COUNTER = counter(
            EXCHANGES,
            "Session exchanges (tenant switches without a new sign-in), by outcome (SWITCHED, REFUSED) and reason.");

    private AuditMetrics() {}

    private static Meter.MeterProvider<Counter> counter(String name, String description) {
        return Counter.builder(name).description(description).withRegistry(Metrics.globalRegistry);
    }

    static void count(String realm, AuditEvent event) {
        Tags realmTag = Tags.of("realm", realm);
        String reason = event.reason() == null ? "NONE" : event.reason();
        switch (event.type()) {
            case ROUTING_DECISION ->
                ROUTING_COUNTER
                        .withTags(realmTag.and("outcome", event.action(), "reason", reason))
                        .increment();
            case LANDING ->
                LANDING_COUNTER.withTags(realmTag.and("reason", reason)).increment();
            case SESSION_EXCHANGE ->
                EXCHANGE_COUNTER
                        .withTags(realmTag.and("outcome", "SWITCHED", "reason", reason))
                        .increment();
            case REFUSAL -> {
                switch (event.action()) {
                    case AuditActions.LANDING ->
                        LANDING_REFUSAL_COUNTER
                                .withTags(realmTag.and("reason", reason))
                                .increment();
                    case AuditActions.PASSWORD ->
                        PASSWORD_REFUSAL_COUNTER
                                .withTags(realmTag.and("reason", reason))
                                .increment();
                    case AuditActions.SESSION_EXCHANGE ->
                        EXCHANGE_COUNTER
                                .withTags(realmTag.and("outcome", "REFUSED", "reason", reason))
                                .increment();
                    default -> {}
                }
            }
            default -> {}
        }
    }
}
