package io.github.tenantsso.model;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * The pack's own SPI, {@code tenant-sso}; its options are set as {@code spi-tenant-sso--default--<option>}.
 */
public final class TenantSsoSpi implements Spi {

    public static final String NAME = "tenant-sso";

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
        return TenantSso.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return TenantSsoFactory.class;
    }
}
