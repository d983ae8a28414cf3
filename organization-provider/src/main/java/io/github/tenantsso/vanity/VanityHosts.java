package io.github.tenantsso.vanity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Finds the tenant a vanity host names, through the organization attribute {@value #ATTRIBUTE}.
 */
public final class VanityHosts {

    /** Organization attribute holding the tenant's vanity host names (one value each). */
    public static final String ATTRIBUTE = "tenant-sso.vanity-host";

    private static final Logger LOG = Logger.getLogger(VanityHosts.class);

    private VanityHosts() {}

    /**
     * The enabled tenant whose attribute names the request's host. Keycloak's attribute search is one indexed query,
     * not a scan of the realm's organizations. A host claimed by two tenants names neither.
     */
    public static Optional<OrganizationModel> tenantFor(KeycloakSession session, RealmModel realm, String requestHost) {
        if (!realm.isOrganizationsEnabled()) {
            return Optional.empty();
        }
        Optional<VanityHost> host = VanityHost.ofRequestHost(requestHost);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        List<OrganizationModel> tenants = session.getProvider(OrganizationProvider.class)
                .getAllStream(Map.of(ATTRIBUTE, host.get().value()), 0, 2)
                .toList();
        if (tenants.size() > 1) {
            LOG.warnf(
                    "Vanity host %s is set on more than one organization of realm %s; it names no tenant until only one keeps it.",
                    host.get(), realm.getName());
            return Optional.empty();
        }
        return tenants.stream().filter(OrganizationModel::isEnabled).findFirst();
    }
}
