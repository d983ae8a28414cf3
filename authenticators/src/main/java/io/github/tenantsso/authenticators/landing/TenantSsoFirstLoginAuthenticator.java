package io.github.tenantsso.authenticators.landing;

import io.github.tenantsso.landing.LandingOutcome;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The first step of a tenant connection's first broker login flow: decides the landing before Keycloak creates or
 * links an account, with the memberships of the account the flow would link by e-mail or username (none for a new
 * one), and refuses there what the landing step would refuse, so that a refused login leaves no account and no link
 * behind. The landing step decides again with the account the flow settled on.
 */
final class TenantSsoFirstLoginAuthenticator implements Authenticator {

    /** Written when this step let the first login through a connection go on; read by the landing step. */
    private static final String CHECKED_NOTE = "tenant-sso.first-login-checked";

    static boolean ranFor(AuthenticationSessionModel authSession, String alias) {
        return alias.equals(authSession.getAuthNote(CHECKED_NOTE));
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<BrokeredLogin> brokered = BrokeredLogin.of(context, AbstractIdpAuthenticator.BROKERED_CONTEXT_NOTE);
        if (brokered.isEmpty()) {
            context.success();
            return;
        }
        BrokeredLogin login = brokered.get();
        if (login.decide(context, existingAccount(context, login.identity()))
                instanceof LandingOutcome.Refuse refused) {
            login.refuse(context, refused.reason().name());
            return;
        }
        context.getAuthenticationSession().setAuthNote(CHECKED_NOTE, login.alias());
        context.success();
    }

    /**
     * The account Keycloak's own first broker login steps would link: the one with the e-mail (where e-mails are
     * unique, as {@code idp-create-user-if-unique} looks), else the one with the username.
     */
    private static UserModel existingAccount(
            AuthenticationFlowContext context, SerializedBrokeredIdentityContext identity) {
        boolean byEmailToo = identity.getEmail() != null && !context.getRealm().isDuplicateEmailsAllowed();
        UserModel byEmail = byEmailToo
                ? context.getSession().users().getUserByEmail(context.getRealm(), identity.getEmail())
                : null;
        if (byEmail != null || identity.getModelUsername() == null) {
            return byEmail;
        }
        return context.getSession().users().getUserByUsername(context.getRealm(), identity.getModelUsername());
    }

    @Override
    public void action(AuthenticationFlowContext context) {}

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
