package io.github.tenantsso.branding;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.forms.login.freemarker.FreeMarkerLoginFormsProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Makes {@link BrandedLoginFormsProvider} Keycloak's login forms provider: with no default configured, Keycloak takes
 * the provider of the highest order; Keycloak's own ({@code freemarker}) has none, the core JAR's ({@code tenant-sso})
 * 1. Themes that do not ask for branding render exactly as with the core JAR's provider.
 */
public final class BrandedLoginFormsProviderFactory extends FreeMarkerLoginFormsProviderFactory {

    public static final String ID = "tenant-sso-branding";

    @Override
    public LoginFormsProvider create(KeycloakSession session) {
        return new BrandedLoginFormsProvider(session);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public int order() {
        return 2;
    }
}
