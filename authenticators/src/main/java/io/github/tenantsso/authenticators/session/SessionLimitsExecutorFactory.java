package io.github.tenantsso.authenticators.session;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * The executor of the tenants' session limits, for a client profile of a realm's client policy that covers every
 * client (condition {@code any-client}); see docs/sign-in-policy.md.
 */
public final class SessionLimitsExecutorFactory implements ClientPolicyExecutorProviderFactory {

    public static final String ID = "tenant-sso-session-limits";

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return new SessionLimitsExecutor(session);
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "Enforces the tenants' session limits (Tenant SSO): refuses a refresh of a session past its tenant's"
                + " maximum age or idle time with invalid_grant, and ends such a session before its SSO cookie is"
                + " reused, so the user signs in again.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
