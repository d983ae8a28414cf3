package io.github.tenantsso.authenticators.signin;

import io.github.tenantsso.audit.Actor;
import io.github.tenantsso.audit.AuditActions;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.routing.decision.PasswordSignIn;
import io.github.tenantsso.routing.decision.PasswordSignInInputs;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.OAuthErrorException;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;

/**
 * The tenants' sign-in policy in the resource-owner password grant: placed after Keycloak's password check in the
 * realm's direct grant flow, it refuses the token where {@link PasswordSignIn} refuses the password. The answer is
 * {@code invalid_grant} and names no tenant; it comes only after the password was verified, so it tells nobody
 * without the password anything about the account.
 */
final class PasswordGrantPolicy implements Authenticator {

    static final String ERROR_DESCRIPTION =
            "Sign-in with a password is not allowed for this account; sign in through your organization's single sign-on.";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        PasswordSignIn.Outcome outcome = PasswordSignIn.decide(
                PasswordSignInInputs.afterPassword(context.getSession(), context.getRealm(), user, null));
        if (outcome instanceof PasswordSignIn.SsoRequired required) {
            context.getEvent()
                    .user(user)
                    .detail("tenant_sso_reason", required.reason().name())
                    .error("tenant_sso_sso_required");
            AuditEvent.Builder refusal = AuditEvent.of(AuditType.REFUSAL, AuditActions.PASSWORD)
                    .reason(required.reason().name())
                    .actor(new Actor(
                            user.getId(),
                            context.getAuthenticationSession().getClient().getClientId()))
                    .detail("grant", "password");
            required.tenantId().ifPresent(refusal::tenant);
            context.getSession()
                    .getProvider(TenantSso.class)
                    .audit(context.getRealm())
                    .record(refusal);
            context.failure(
                    AuthenticationFlowError.ACCESS_DENIED,
                    Response.status(Response.Status.BAD_REQUEST)
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(new OAuth2ErrorRepresentation(OAuthErrorException.INVALID_GRANT, ERROR_DESCRIPTION))
                            .build());
            return;
        }
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {}

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
