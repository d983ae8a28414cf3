package io.github.tenantsso.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.tenantsso.landing.SessionNotes;
import io.github.tenantsso.model.TenantSso;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The tenant a Keycloak session is in, as tokens name it.
 */
public final class SessionTenant {

    private SessionTenant() {
    }

    /**
     * The tenant the session landed in or switched to, else the user's active tenant; only an enabled tenant the
     * user still belongs to, so nothing ever names a tenant the user has no access to.
     */
    public static Optional<OrganizationModel> of(KeycloakSession session, UserSessionModel userSession) {
        UserModel user = userSession.getUser();
        String tenantId = userSession.getNote(SessionNotes.TENANT);
        if (tenantId == null) {
            tenantId = session.getProvider(TenantSso.class).memberships().activeTenant(user.getId()).orElse(null);
        }
        if (tenantId == null) {
            return Optional.empty();
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel tenant = organizations.getById(tenantId);
        if (tenant == null || !tenant.isEnabled() || organizations.getMemberById(tenant, user.getId()) == null) {
            return Optional.empty();
        }
        return Optional.of(tenant);
    }

    /** The tenant as tokens carry it: id, alias, name, the user's groups in it and the connection used, if any. */
    public static Map<String, Object> claim(KeycloakSession session, OrganizationModel tenant, UserModel user, String connection) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("id", tenant.getId());
        claim.put("alias", tenant.getAlias());
        claim.put("name", tenant.getName());
        claim.put("groups", session.getProvider(OrganizationProvider.class).getOrganizationGroupsByMember(tenant, user)
                .map(GroupModel::getName).sorted().toList());
        if (connection != null) {
            claim.put("connection", connection);
        }
        return claim;
    }
}
