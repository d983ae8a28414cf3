package io.github.tenantsso.authenticators.routing;

import io.github.tenantsso.authenticators.PackAuthenticatorFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

public final class TenantSsoRoutingAuthenticatorFactory extends PackAuthenticatorFactory {

    public static final String ID = "tenant-sso-routing";
    private static final TenantSsoRoutingAuthenticator INSTANCE = new TenantSsoRoutingAuthenticator();

    @Override
    public String getDisplayType() {
        return "Tenant SSO: route by e-mail";
    }

    @Override
    public String getHelpText() {
        return "Asks for the e-mail (or takes login_hint) and sends the user to their tenant's identity provider;"
                + " where the decision sends it to the default method, continues with 'Tenant SSO: password for the e-mail'.";
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.ALTERNATIVE,
            AuthenticationExecutionModel.Requirement.DISABLED
        };
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
