package io.github.tenantsso.authenticators.landing;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

public final class TenantSsoLandingAuthenticatorFactory implements AuthenticatorFactory {

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
    public String getReferenceCategory() {
        return "tenant-sso";
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[]{
                AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return INSTANCE;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
