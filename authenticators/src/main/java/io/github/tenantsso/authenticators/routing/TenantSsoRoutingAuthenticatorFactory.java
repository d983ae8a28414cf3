package io.github.tenantsso.authenticators.routing;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

public final class TenantSsoRoutingAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "tenant-sso-routing";
    private static final TenantSsoRoutingAuthenticator INSTANCE = new TenantSsoRoutingAuthenticator();

    @Override
    public String getDisplayType() {
        return "Tenant SSO: route by e-mail";
    }

    @Override
    public String getHelpText() {
        return "Asks for the e-mail (or takes login_hint) and sends the user to their tenant's identity provider;"
                + " without SSO for the e-mail, continues with the next step with the e-mail filled in.";
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
                AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.ALTERNATIVE,
                AuthenticationExecutionModel.Requirement.DISABLED};
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
