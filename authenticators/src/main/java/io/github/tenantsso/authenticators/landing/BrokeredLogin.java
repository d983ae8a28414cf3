package io.github.tenantsso.authenticators.landing;

import io.github.tenantsso.audit.Actor;
import io.github.tenantsso.audit.AuditActions;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.landing.Landing;
import io.github.tenantsso.landing.LandingInputs;
import io.github.tenantsso.landing.LandingOutcome;
import io.github.tenantsso.model.TenantSso;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.models.UserModel;

/**
 * A broker login through a tenant's connection, as the first broker login step and the landing step both see it: the
 * connection, the landing decision for an account, and the one refusal page, which names no tenant.
 */
record BrokeredLogin(SerializedBrokeredIdentityContext identity, ConnectionBinding connection) {

    /** The login of the brokered identity kept under this note, if it came through a tenant's connection. */
    static Optional<BrokeredLogin> of(AuthenticationFlowContext context, String identityNote) {
        SerializedBrokeredIdentityContext identity = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                context.getAuthenticationSession(), identityNote);
        if (identity == null || identity.getIdentityProviderId() == null) {
            return Optional.empty();
        }
        return context.getSession()
                .getProvider(TenantSso.class)
                .connections(context.getRealm())
                .find(identity.getIdentityProviderId())
                .map(connection -> new BrokeredLogin(identity, connection));
    }

    String alias() {
        return connection.idpAlias();
    }

    /** @param account the account the login signs in or would be linked to; null for one not created yet */
    LandingOutcome decide(AuthenticationFlowContext context, UserModel account) {
        Optional<String> hinted = Optional.ofNullable(
                context.getAuthenticationSession().getClientNote(TenantSsoLandingAuthenticator.HINTED_TENANT_NOTE));
        LandingOutcome outcome = Landing.decide(
                LandingInputs.gather(context.getSession(), context.getRealm(), connection, account, hinted));
        context.getEvent()
                .detail("tenant_sso_connection", alias())
                .detail("tenant_sso_landing", outcome.reason().name());
        return outcome;
    }

    /** The login landed: one audit event naming the tenant, the connection and the landing rule. */
    void landed(AuthenticationFlowContext context, LandingOutcome.Land land, UserModel user) {
        audit(
                context,
                AuditEvent.of(AuditType.LANDING, "LANDED")
                        .reason(land.reason().name())
                        .tenant(land.tenant())
                        .actor(actor(context, user))
                        .detail("joined", land.join()));
    }

    /**
     * Refuses the login with the one page that names no tenant, and records the refusal for the connection's owner,
     * who sees the logins refused through its connection.
     */
    void refuse(AuthenticationFlowContext context, String reason) {
        audit(
                context,
                AuditEvent.of(AuditType.REFUSAL, AuditActions.LANDING)
                        .reason(reason)
                        .tenant(connection.organizationId())
                        .actor(actor(context, context.getUser())));
        Response page = context.form().setError("tenantSsoNotAMember").createErrorPage(Response.Status.FORBIDDEN);
        context.failure(AuthenticationFlowError.ACCESS_DENIED, page);
    }

    private static Actor actor(AuthenticationFlowContext context, UserModel user) {
        return new Actor(
                user == null ? null : user.getId(),
                context.getAuthenticationSession().getClient().getClientId());
    }

    private void audit(AuthenticationFlowContext context, AuditEvent.Builder event) {
        context.getSession()
                .getProvider(TenantSso.class)
                .audit(context.getRealm())
                .record(event.connection(alias()));
    }
}
