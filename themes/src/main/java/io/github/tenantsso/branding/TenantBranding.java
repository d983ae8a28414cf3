package io.github.tenantsso.branding;

import io.github.tenantsso.login.LoginTenant;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;

/**
 * The branding of the current request's login tenant (see {@link LoginTenant}), read from its attributes.
 */
final class TenantBranding {

    private static final Logger LOG = Logger.getLogger(TenantBranding.class);

    private TenantBranding() {}

    static Optional<Branding> of(KeycloakSession session) {
        Optional<OrganizationModel> tenant = LoginTenant.of(session);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        OrganizationModel organization = tenant.get();
        BrandingAttributes.Reading reading =
                BrandingAttributes.read(organization.getAttributes(), organization.getName());
        // Keycloak stores organization attributes without asking the pack, so a bad value can only be reported here.
        reading.problems()
                .forEach(problem -> LOG.warnf("Branding of organization %s: %s", organization.getAlias(), problem));
        return reading.branding();
    }
}
