package io.github.tenantsso.authenticators.signin;

import io.github.tenantsso.authenticators.PackAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public final class PasswordGrantPolicyFactory extends PackAuthenticatorFactory {

    public static final String ID = "tenant-sso-direct-grant";
    private static final PasswordGrantPolicy INSTANCE = new PasswordGrantPolicy();

    @Override
    public String getDisplayType() {
        return "Tenant SSO: sign-in policy for the password grant";
    }

    @Override
    public String getHelpText() {
        return "After 'Password' in the direct grant flow: refuses the token where a tenant's sign-in policy is SSO only"
                + " for the user (a member, or an e-mail on a verified domain of the tenant), with invalid_grant.";
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
