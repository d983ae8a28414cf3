package io.github.tenantsso.portal;

import org.keycloak.provider.ProviderFactory;

public interface PortalPagesFactory extends ProviderFactory<PortalPages> {}
