package io.github.tenantsso.authenticators.routing;

import io.github.tenantsso.authenticators.PackAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public final class SettledEmailPasswordFormFactory extends PackAuthenticatorFactory {

    public static final String ID = "tenant-sso-password";
    private static final SettledEmailPasswordForm INSTANCE = new SettledEmailPasswordForm();

    @Override
    public String getDisplayType() {
        return "Tenant SSO: password for the e-mail";
    }

    @Override
    public String getHelpText() {
        return "The default method after 'Tenant SSO: route by e-mail': asks for the password of the e-mail that step settled,"
                + " and signs in no other user, whatever the form posts.";
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return INSTANCE;
    }

    @Override
    public String getId() {
        return ID;
    }
}
