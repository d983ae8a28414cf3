package io.github.tenantsso.authenticators.routing;

import io.github.tenantsso.audit.Actor;
import io.github.tenantsso.audit.AuditActions;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.routing.decision.PasswordSignIn;
import io.github.tenantsso.routing.decision.RoutingOutcome;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventType;

/**
 * Records every routing decision in the pack's audit trail (in the login's transaction: one insert) and as a
 * Keycloak event, stored at once. Keycloak's event types are a closed enum with
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
        AuditEvent.Builder audit = AuditEvent.of(AuditType.ROUTING_DECISION, outcomeName(outcome))
                .reason(outcome.reason().name())
                .actor(actor(context))
                .detail("domain", domain);
        if (outcome instanceof RoutingOutcome.Redirect redirect) {
            audit.tenant(redirect.connection().tenantId())
                    .connection(redirect.connection().connectionAlias());
        }
        audit(context, audit);
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
        AuditEvent.Builder audit = AuditEvent.of(AuditType.REFUSAL, AuditActions.PASSWORD)
                .reason(required.reason().name())
                .actor(actor(context))
                .detail("domain", domain);
        required.tenantId().ifPresent(audit::tenant);
        audit(context, audit);
    }

    private static Actor actor(AuthenticationFlowContext context) {
        return new Actor(
                context.getUser() == null ? null : context.getUser().getId(),
                context.getAuthenticationSession().getClient().getClientId());
    }

    private static void audit(AuthenticationFlowContext context, AuditEvent.Builder event) {
        context.getSession()
                .getProvider(TenantSso.class)
                .audit(context.getRealm())
                .record(event);
    }

    private static String outcomeName(RoutingOutcome outcome) {
        if (outcome instanceof RoutingOutcome.Redirect) {
            return "REDIRECT";
        }
        return outcome instanceof RoutingOutcome.Blocked ? "BLOCKED" : "DEFAULT_METHOD";
    }
}
