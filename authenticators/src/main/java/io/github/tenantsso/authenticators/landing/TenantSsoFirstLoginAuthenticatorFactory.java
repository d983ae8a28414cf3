package io.github.tenantsso.authenticators.landing;

import io.github.tenantsso.authenticators.PackAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public final class TenantSsoFirstLoginAuthenticatorFactory extends PackAuthenticatorFactory {

    public static final String ID = "tenant-sso-first-login";
    private static final TenantSsoFirstLoginAuthenticator INSTANCE = new TenantSsoFirstLoginAuthenticator();

    @Override
    public String getDisplayType() {
        return "Tenant SSO: refuse before creating or linking";
    }

    @Override
    public String getHelpText() {
        return "First step of a tenant connection's first broker login flow: refuses a login the landing step would refuse"
                + " before any account is created or linked.";
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
