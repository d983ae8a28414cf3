package io.github.tenantsso.login;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.forms.login.freemarker.FreeMarkerLoginFormsProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Makes {@link TenantSsoLoginFormsProvider} Keycloak's login forms provider: with no provider configured, Keycloak takes
 * the one of the highest order, and its own ({@code freemarker}) has none. The themes JAR's branded provider, which
 * extends this one, has a higher order still.
 */
public final class TenantSsoLoginFormsProviderFactory extends FreeMarkerLoginFormsProviderFactory {

    public static final String ID = "tenant-sso";

    @Override
    public LoginFormsProvider create(KeycloakSession session) {
        return new TenantSsoLoginFormsProvider(session);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public int order() {
        return 1;
    }
}
