package io.github.tenantsso.authenticators.routing;

import io.github.tenantsso.routing.decision.PasswordSignIn;
import io.github.tenantsso.routing.decision.RoutingOutcome;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventType;

/**
 * Records every routing decision as a Keycloak event, stored at once. Keycloak's event types are a closed enum with
 * no general custom type for user events, so the decision uses {@code CUSTOM_REQUIRED_ACTION}, the type Keycloak
 * itself gives extensions, with {@code custom_required_action=tenant-sso-routing}; the details carry the rest.
 */
final class RoutingEvents {

    static final String ACTION = "tenant-sso-routing";

    private RoutingEvents() {}

    static void record(AuthenticationFlowContext context, String domain, RoutingOutcome outcome) {
        var event = context.getEvent()
                .clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail("custom_required_action", ACTION)
                .detail("tenant_sso_domain", domain)
                .detail("tenant_sso_outcome", outcomeName(outcome))
                .detail("tenant_sso_reason", outcome.reason().name());
        if (outcome instanceof RoutingOutcome.Redirect redirect) {
            event.detail("tenant_sso_tenant", redirect.connection().tenantId())
                    .detail("tenant_sso_connection", redirect.connection().connectionAlias());
        }
        event.storeImmediately(true).success();
    }

    /** A password the tenants' policy refused, before or after it was checked; names at most the tenant required. */
    static void passwordRefused(AuthenticationFlowContext context, String domain, PasswordSignIn.SsoRequired required) {
        var event = context.getEvent()
                .clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail("custom_required_action", ACTION)
                .detail("tenant_sso_outcome", "SSO_REQUIRED")
                .detail("tenant_sso_reason", required.reason().name());
        if (domain != null) {
            event.detail("tenant_sso_domain", domain);
        }
        if (context.getUser() != null) {
            event.user(context.getUser());
        }
        required.tenantId().ifPresent(tenant -> event.detail("tenant_sso_tenant", tenant));
        // A decision like the others, of the type realms already save for them; the outcome says it refused.
        event.storeImmediately(true).success();
    }

    private static String outcomeName(RoutingOutcome outcome) {
        if (outcome instanceof RoutingOutcome.Redirect) {
            return "REDIRECT";
        }
        return outcome instanceof RoutingOutcome.Blocked ? "BLOCKED" : "DEFAULT_METHOD";
    }
}
