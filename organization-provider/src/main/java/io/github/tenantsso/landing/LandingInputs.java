package io.github.tenantsso.landing;

import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.trust.Trust;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Reads what {@link Landing} decides on from Keycloak and the pack's tables: the connection's owner and trusts, and
 * the user's memberships.
 */
public final class LandingInputs {

    private LandingInputs() {}

    /**
     * @param user         the account the login signs in, or would be linked to; null for an account not created yet
     * @param hintedTenant the tenant the login's hint named, if routing sent it to the connection for that hint
     */
    public static LandingInput gather(
            KeycloakSession session,
            RealmModel realm,
            ConnectionBinding connection,
            UserModel user,
            Optional<String> hintedTenant) {
        TenantSso model = session.getProvider(TenantSso.class);
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        Map<String, Boolean> trusting = new HashMap<>();
        for (Trust trust : model.trusts(realm).inConnection(connection.id())) {
            if (trust.ownerOrganizationId().equals(connection.organizationId())
                    && enabled(organizations, trust.trustingOrganizationId())) {
                trusting.put(trust.trustingOrganizationId(), trust.jitEnabled());
            }
        }
        return new LandingInput(
                connection.organizationId(),
                connection.jitEnabled(),
                trusting,
                user == null ? List.of() : membershipsOldestFirst(model, organizations, user),
                hintedTenant,
                connection.enabled());
    }

    /** Keycloak's memberships, ordered by the pack's join dates; memberships it has no date for come last. */
    private static List<String> membershipsOldestFirst(
            TenantSso model, OrganizationProvider organizations, UserModel user) {
        Set<String> current = organizations
                .getByMember(user)
                .filter(OrganizationModel::isEnabled)
                .map(OrganizationModel::getId)
                .collect(Collectors.toSet());
        List<String> dated = model.memberships().tenantsOf(user.getId()).stream()
                .filter(current::contains)
                .toList();
        return Stream.concat(
                        dated.stream(),
                        current.stream().filter(id -> !dated.contains(id)).sorted())
                .toList();
    }

    private static boolean enabled(OrganizationProvider organizations, String tenantId) {
        OrganizationModel tenant = organizations.getById(tenantId);
        return tenant != null && tenant.isEnabled();
    }
}
