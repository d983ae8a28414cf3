package io.github.tenantsso.branding;

import java.util.Objects;
import java.util.Optional;

/**
 * What a login page shows of a tenant. Only validated values get here; what is absent falls back to the theme.
 *
 * @param displayName the tenant's name in the page header
 * @param logo        its logo, else the name alone
 * @param color       its primary colour (buttons, links), else the theme's
 */
public record Branding(DisplayName displayName, Optional<LogoUrl> logo, Optional<BrandColor> color) {

    public Branding {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(color, "color");
    }
}
