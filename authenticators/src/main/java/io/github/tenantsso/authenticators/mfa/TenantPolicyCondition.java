package io.github.tenantsso.authenticators.mfa;

import io.github.tenantsso.common.SessionNotes;
import io.github.tenantsso.routing.decision.MfaSignIn;
import io.github.tenantsso.routing.decision.MfaSignInInputs;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "Condition: tenant policy": true when {@link MfaSignIn} requires a second factor in Keycloak for the user who just
 * signed in, so that the OTP or WebAuthn step of its conditional subflow runs. Placed after the first factor: in the
 * browser flow after the password, in the post-broker-login flow after the landing step, whose tenant it then counts.
 */
final class TenantPolicyCondition implements ConditionalAuthenticator {

    static final TenantPolicyCondition INSTANCE = new TenantPolicyCondition();

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null) {
            return false;
        }
        return MfaSignIn.decide(MfaSignInInputs.gather(
                        context.getSession(),
                        context.getRealm(),
                        user,
                        context.getAuthenticationSession().getUserSessionNotes().get(SessionNotes.TENANT),
                        AssertedAuthentication.of(context)))
                instanceof MfaSignIn.SecondFactorRequired;
    }

    @Override
    public void action(AuthenticationFlowContext context) {}

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
