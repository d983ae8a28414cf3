package io.github.tenantsso.branding;

import io.github.tenantsso.login.TenantSsoLoginFormsProvider;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Locale;
import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.Theme;

/**
 * The core JAR's login pages (Keycloak's, offering no other tenant's connection), plus the attribute {@value #ATTRIBUTE} for themes that ask for it (theme property
 * {@value #THEME_PROPERTY}): every page of the login gets it, those of other authenticators and error pages too.
 */
final class BrandedLoginFormsProvider extends TenantSsoLoginFormsProvider {

    static final String ATTRIBUTE = "tenantBranding";
    static final String THEME_PROPERTY = "tenantSsoBranding";

    BrandedLoginFormsProvider(KeycloakSession session) {
        super(session);
    }

    @Override
    protected Response processTemplate(Theme theme, String templateName, Locale locale) {
        if (wantsBranding(theme)) {
            TenantBranding.of(session).ifPresent(branding -> attributes.put(ATTRIBUTE, new BrandingBean(branding)));
        }
        return super.processTemplate(theme, templateName, locale);
    }

    private static boolean wantsBranding(Theme theme) {
        try {
            return Boolean.parseBoolean(theme.getProperties().getProperty(THEME_PROPERTY));
        } catch (IOException e) {
            return false;
        }
    }
}
