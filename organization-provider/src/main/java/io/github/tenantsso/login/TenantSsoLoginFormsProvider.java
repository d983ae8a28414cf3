package io.github.tenantsso.login;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.keycloak.forms.login.freemarker.FreeMarkerLoginFormsProvider;
import org.keycloak.forms.login.freemarker.model.IdentityProviderBean;
import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.Theme;

/**
 * Keycloak's login pages, with the identity providers they offer ({@code social}) narrowed to those of no tenant plus
 * the login's own tenant's connections ({@link LoginPageIdentityProviders}), whatever each provider's "hide on login
 * page" switch says. Not final: the themes JAR's branded provider extends it, so that branding never loses this.
 */
public class TenantSsoLoginFormsProvider extends FreeMarkerLoginFormsProvider {

    private static final String IDENTITY_PROVIDERS = "social";

    public TenantSsoLoginFormsProvider(KeycloakSession session) {
        super(session);
    }

    @Override
    protected Response processTemplate(Theme theme, String templateName, Locale locale) {
        attributes.computeIfPresent(
                IDENTITY_PROVIDERS,
                (name, bean) -> bean instanceof IdentityProviderBean keycloaks
                        ? new LoginPageIdentityProviders(keycloaks)
                        : bean);
        return super.processTemplate(theme, templateName, locale);
    }
}
