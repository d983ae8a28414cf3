package io.github.tenantsso.authenticators.routing;

import static org.keycloak.services.validation.Validation.FIELD_PASSWORD;

import io.github.tenantsso.login.LoginTenant;
import io.github.tenantsso.routing.decision.PasswordSignIn;
import io.github.tenantsso.routing.decision.PasswordSignInInputs;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The default method after the e-mail step: a password for the e-mail that step settled, and for no other. The page
 * shows the e-mail read-only (another one means restarting the login) and is the same whether or not such a user
 * exists; whatever the form posts, only the settled e-mail's user can be signed in, and an unknown one gets the answer
 * of a wrong password. Reached only where routing chose the default method ({@link SettledEmail}).
 */
final class SettledEmailPasswordForm extends AbstractUsernameFormAuthenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<String> email = SettledEmail.of(context.getAuthenticationSession());
        if (email.isEmpty()) {
            refuseUnsettled(context);
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(ATTEMPTED_USERNAME, email.get());
        authSession.setAuthNote(USERNAME_HIDDEN, "true");
        context.challenge(context.form().createLoginPassword());
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        if (SsoRequiredPage.handle(context)) {
            return;
        }
        Optional<String> email = SettledEmail.of(context.getAuthenticationSession());
        if (email.isEmpty()) {
            refuseUnsettled(context);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        context.getEvent().detail(Details.USERNAME, email.get());
        UserModel user = context.getSession().users().getUserByEmail(context.getRealm(), email.get());
        if (user == null) {
            // As long as checking a password takes, and answered like a wrong one: the page tells nobody who exists.
            AuthenticatorUtils.dummyHash(context);
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failureChallenge(
                    AuthenticationFlowError.INVALID_USER,
                    challenge(context, getDefaultChallengeMessage(context), FIELD_PASSWORD));
            return;
        }
        if (!validatePassword(context, user, form, false) || !enabledUser(context, user)) {
            return;
        }
        // Only now, with the password proven: the answer tells nobody else whether the user is a member of a tenant.
        PasswordSignIn.Outcome policy = PasswordSignIn.decide(PasswordSignInInputs.afterPassword(
                context.getSession(),
                context.getRealm(),
                user,
                LoginTenant.hint(context.getSession(), context.getRealm(), context.getAuthenticationSession())
                        .orElse(null)));
        if (policy instanceof PasswordSignIn.SsoRequired required) {
            context.getEvent().user(user);
            RoutingEvents.passwordRefused(context, domainOf(email.get()), required);
            SsoRequiredPage.show(context, email.get(), required);
            return;
        }
        context.setUser(user);
        context.success(PasswordCredentialModel.TYPE);
    }

    private static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1);
    }

    /** A flow that reaches this step without the e-mail step's decision for the default method: refused. */
    private static void refuseUnsettled(AuthenticationFlowContext context) {
        context.getEvent().error(Errors.INVALID_USER);
        Response page = context.form().setError("tenantSsoStartAgain").createErrorPage(Response.Status.BAD_REQUEST);
        context.failure(AuthenticationFlowError.ACCESS_DENIED, page);
    }

    @Override
    protected Response createLoginForm(LoginFormsProvider form) {
        return form.createLoginPassword();
    }

    @Override
    protected String getDefaultChallengeMessage(AuthenticationFlowContext context) {
        return Messages.INVALID_PASSWORD;
    }

    @Override
    public boolean requiresUser() {
        return false;
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
