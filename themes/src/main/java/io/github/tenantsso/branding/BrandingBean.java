package io.github.tenantsso.branding;

/**
 * A tenant's branding as the login templates read it ({@code tenantBranding}); absent values are {@code null}, which
 * FreeMarker tests with {@code ??}.
 */
public final class BrandingBean {

    private final Branding branding;

    BrandingBean(Branding branding) {
        this.branding = branding;
    }

    public String getDisplayName() {
        return branding.displayName().value();
    }

    public String getLogoUrl() {
        return branding.logo().map(LogoUrl::value).orElse(null);
    }

    public String getPrimaryColor() {
        return branding.color().map(BrandColor::hex).orElse(null);
    }

    public String getPrimaryColorHover() {
        return branding.color().map(BrandColor::hover).orElse(null);
    }

    public String getPrimaryTextColor() {
        return branding.color().map(BrandColor::text).orElse(null);
    }
}
