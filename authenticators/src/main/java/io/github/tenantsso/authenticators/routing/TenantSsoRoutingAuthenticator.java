package io.github.tenantsso.authenticators.routing;

import io.github.tenantsso.authenticators.landing.RememberedTenant;
import io.github.tenantsso.authenticators.landing.TenantSsoLandingAuthenticator;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.EmailAddress;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.login.LoginTenant;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.rest.Echo;
import io.github.tenantsso.routing.decision.PasswordSignIn;
import io.github.tenantsso.routing.decision.PasswordSignInInputs;
import io.github.tenantsso.routing.decision.RoutedTenant;
import io.github.tenantsso.routing.decision.RoutingDecision;
import io.github.tenantsso.routing.decision.RoutingInput;
import io.github.tenantsso.routing.decision.RoutingInputs;
import io.github.tenantsso.routing.decision.RoutingOutcome;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.RestartLoginCookie;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Identity-first login: asks for the e-mail (or takes {@code login_hint}), decides with {@link RoutingDecision}, and
 * then redirects to the tenant's identity provider, continues with the flow's next step (the default method, for
 * that e-mail only, whether or not such a user exists), or shows the page for a domain several tenants share.
 */
final class TenantSsoRoutingAuthenticator implements Authenticator {

    static final String EMAIL_TEMPLATE = "tenant-sso-email.ftl";
    static final String BLOCKED_TEMPLATE = "tenant-sso-blocked.ftl";
    static final String EMAIL_FIELD = "username";
    static final String CONTINUE_FIELD = "continue";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        rememberLoginPageHint(context);
        UserModel known = context.getUser();
        if (known != null && known.getEmail() != null) {
            route(context, known.getEmail());
            return;
        }
        String loginHint = context.getAuthenticationSession().getClientNote(OIDCLoginProtocol.LOGIN_HINT_PARAM);
        if (loginHint != null && isEmail(loginHint)) {
            route(context, loginHint.strip());
            return;
        }
        context.challenge(emailForm(context, null, loginHint));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (SsoRequiredPage.handle(context)) {
            return;
        }
        // Only a BLOCK page continues with the default method; after any other decision "continue" is not an answer.
        Optional<String> blocked = SettledEmail.blockedEmail(context.getAuthenticationSession());
        if (form.containsKey(CONTINUE_FIELD) && blocked.isPresent()) {
            DomainName domain = EmailAddress.parse(blocked.get()).domain();
            if (!refusesPassword(context, blocked.get(), domain)) {
                continueWithDefaultMethod(context, blocked.get());
            }
            return;
        }
        String email = form.getFirst(EMAIL_FIELD);
        if (!isEmail(email)) {
            context.challenge(emailForm(context, "tenantSsoInvalidEmail", email));
            return;
        }
        route(context, email.strip());
    }

    private void route(AuthenticationFlowContext context, String typed) {
        EmailAddress address;
        try {
            address = EmailAddress.parse(typed);
        } catch (InvalidDomainException e) {
            // Well formed, but no tenant can own its domain (localhost, a public suffix, an IP address): no SSO to
            // route to.
            AuthenticationSessionModel authSession = context.getAuthenticationSession();
            RoutingEvents.record(
                    context,
                    Echo.bounded(typed.substring(typed.lastIndexOf('@') + 1)),
                    new RoutingOutcome.DefaultMethod(RoutingOutcome.Reason.NO_SSO));
            SettledEmail.clear(authSession);
            SsoRequiredPage.clear(authSession);
            authSession.removeAuthNote(LoginTenant.ROUTED_TENANT_NOTE);
            authSession.removeClientNote(TenantSsoLandingAuthenticator.HINTED_TENANT_NOTE);
            continueWithDefaultMethod(context, typed.strip());
            return;
        }
        String email = address.normalized();
        DomainName domain = address.domain();
        // The browser's memory, not the account: looking the account up would tell an outsider whether it exists.
        Optional<String> remembered = RememberedTenant.recall(context.getSession(), context.getRealm(), email);
        RoutingInput input =
                RoutingInputs.gather(context.getSession(), context.getRealm(), domain, hint(context), remembered);
        RoutingOutcome outcome = RoutingDecision.decide(input);
        RoutingEvents.record(context, domain.value(), outcome);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SettledEmail.clear(authSession);
        SsoRequiredPage.clear(authSession);
        RoutedTenant.of(input, outcome)
                .ifPresentOrElse(
                        tenant -> authSession.setAuthNote(LoginTenant.ROUTED_TENANT_NOTE, tenant),
                        () -> authSession.removeAuthNote(LoginTenant.ROUTED_TENANT_NOTE));
        // Landing honours only a tenant the hint named; a tenant named earlier in this login (the user went back)
        // never.
        authSession.removeClientNote(TenantSsoLandingAuthenticator.HINTED_TENANT_NOTE);
        if (outcome instanceof RoutingOutcome.Redirect redirect) {
            redirect.hintedTenant()
                    .ifPresent(tenant ->
                            authSession.setClientNote(TenantSsoLandingAuthenticator.HINTED_TENANT_NOTE, tenant));
            BrokerRedirect.to(context, redirect.connection().connectionAlias(), email);
            return;
        }
        if (outcome instanceof RoutingOutcome.Blocked) {
            SettledEmail.blocked(authSession, email);
            context.challenge(context.form().setAttribute("email", email).createForm(BLOCKED_TEMPLATE));
        } else if (!refusesPassword(context, email, domain)) {
            continueWithDefaultMethod(context, email);
        }
    }

    /**
     * Where the default method is a password: refuses it, with the page that offers SSO, when the domain alone
     * (never whether the user exists) already says a tenant's policy forbids it; the rest is decided after the
     * password ({@link SettledEmailPasswordForm}).
     */
    private static boolean refusesPassword(AuthenticationFlowContext context, String email, DomainName domain) {
        PasswordSignIn.Outcome outcome = PasswordSignIn.decide(
                PasswordSignInInputs.beforePassword(context.getSession(), context.getRealm(), domain, hint(context)));
        if (outcome instanceof PasswordSignIn.SsoRequired required) {
            RoutingEvents.passwordRefused(context, domain.value(), required);
            SsoRequiredPage.show(context, email, required);
            return true;
        }
        return false;
    }

    /** The next step ({@link SettledEmailPasswordForm}) may sign in this e-mail's user, and no other. */
    private static void continueWithDefaultMethod(AuthenticationFlowContext context, String email) {
        SettledEmail.forDefaultMethod(context.getAuthenticationSession(), email);
        context.success();
    }

    private static Response emailForm(AuthenticationFlowContext context, String error, String value) {
        var form = context.form();
        if (value != null) {
            form.setAttribute("email", value);
        }
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(EMAIL_TEMPLATE);
    }

    /** The hint of the authorization request, else one given on the login page URL, else the vanity host's tenant. */
    private static String hint(AuthenticationFlowContext context) {
        return LoginTenant.hint(context.getSession(), context.getRealm(), context.getAuthenticationSession())
                .orElse(null);
    }

    private static void rememberLoginPageHint(AuthenticationFlowContext context) {
        String parameter = hintParameter(context.getSession(), context.getRealm());
        String onPage = context.getUriInfo().getQueryParameters().getFirst(parameter);
        if (onPage != null
                && !onPage.isBlank()
                && !onPage.strip().equals(authSession(context).getClientNote(LoginTenant.HINT_NOTE))) {
            // A client note, which a restart of the login keeps, and so does the restart cookie written again here:
            // Keycloak keeps only the first few extra authorization parameters, so this may be the only copy of the
            // hint.
            authSession(context).setClientNote(LoginTenant.HINT_NOTE, onPage.strip());
            RestartLoginCookie.setRestartCookie(context.getSession(), authSession(context));
        }
    }

    private static AuthenticationSessionModel authSession(AuthenticationFlowContext context) {
        return context.getAuthenticationSession();
    }

    private static String hintParameter(KeycloakSession session, RealmModel realm) {
        return session.getProvider(TenantSso.class)
                .policies()
                .get(realm.getId())
                .hintParameter();
    }

    /** Whether the value is an e-mail address, whether or not a tenant could own its domain. */
    private static boolean isEmail(String value) {
        try {
            EmailAddress.parse(value);
            return true;
        } catch (InvalidDomainException e) {
            return e.reason() != InvalidDomainException.Reason.INVALID_EMAIL;
        }
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
