package io.github.tenantsso.portal;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** {@code tenant-sso-portal-pages}: where the portal's pages come from ({@link PortalPages}). */
public final class PortalPagesSpi implements Spi {

    public static final String NAME = "tenant-sso-portal-pages";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return PortalPages.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return PortalPagesFactory.class;
    }
}
