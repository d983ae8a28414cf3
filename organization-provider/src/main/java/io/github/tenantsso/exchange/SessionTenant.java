package io.github.tenantsso.exchange;

import io.github.tenantsso.common.SessionNotes;
import io.github.tenantsso.model.TenantSso;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The tenant a Keycloak session is in, as tokens name it.
 */
public final class SessionTenant {

    private SessionTenant() {}

    /**
     * The tenant the session landed in or switched to, else the user's active tenant; only an enabled tenant the
     * user still belongs to, so nothing ever names a tenant the user has no access to.
     */
    public static Optional<OrganizationModel> of(KeycloakSession session, UserSessionModel userSession) {
        UserModel user = userSession.getUser();
        String tenantId = userSession.getNote(SessionNotes.TENANT);
        if (tenantId == null) {
            tenantId = session.getProvider(TenantSso.class)
                    .memberships()
                    .activeTenant(user.getId())
                    .orElse(null);
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

    /**
     * The tenant as tokens carry it: id, alias, name, the user's groups in it, the roles those groups (and their parent
     * groups) grant, and the connection used, if any. A client role reads {@code clientId:role}.
     */
    public static Map<String, Object> claim(
            KeycloakSession session, OrganizationModel tenant, UserModel user, String connection) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("id", tenant.getId());
        claim.put("alias", tenant.getAlias());
        claim.put("name", tenant.getName());
        List<GroupModel> groups = session.getProvider(OrganizationProvider.class)
                .getOrganizationGroupsByMember(tenant, user)
                .toList();
        claim.put("groups", groups.stream().map(GroupModel::getName).sorted().toList());
        claim.put("roles", roles(groups));
        if (connection != null) {
            claim.put("connection", connection);
        }
        return claim;
    }

    private static List<String> roles(List<GroupModel> groups) {
        Set<String> roles = new TreeSet<>();
        for (GroupModel member : groups) {
            for (GroupModel group = member; group != null; group = group.getParent()) {
                group.getRoleMappingsStream().map(SessionTenant::roleName).forEach(roles::add);
            }
        }
        return List.copyOf(roles);
    }

    private static String roleName(RoleModel role) {
        return role.isClientRole()
                ? ((ClientModel) role.getContainer()).getClientId() + ":" + role.getName()
                : role.getName();
    }
}
