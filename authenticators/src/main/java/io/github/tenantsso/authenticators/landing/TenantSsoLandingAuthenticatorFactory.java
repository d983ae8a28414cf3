package io.github.tenantsso.authenticators.landing;

import io.github.tenantsso.authenticators.PackAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public final class TenantSsoLandingAuthenticatorFactory extends PackAuthenticatorFactory {

    public static final String ID = "tenant-sso-landing";
    private static final TenantSsoLandingAuthenticator INSTANCE = new TenantSsoLandingAuthenticator();

    @Override
    public String getDisplayType() {
        return "Tenant SSO: land in a tenant";
    }

    @Override
    public String getHelpText() {
        return "For an identity provider's post-login flow: lands the user in the tenant that owns or trusts the connection,"
                + " provisioning membership only where the tenant allows it, or refuses the login.";
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
