package io.github.tenantsso.landing;

import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.trust.OrganizationGroups;
import io.github.tenantsso.trust.Trust;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Carries out a landing: the just-in-time membership (with the groups a trust assigns, and a record of the trust so
 * that severing it ends the membership) and the active tenant.
 */
public final class Provisioning {

    /**
     * Session attribute naming the membership ({@code tenantId/userId}) this landing adds: the landing's or the
     * exchange's own audit event records the join, so the membership sync records none (one row per login).
     */
    public static final String AUDITED_JOIN = "tenant-sso.audited-join";

    private Provisioning() {}

    public static String membership(String tenantId, String userId) {
        return tenantId + "/" + userId;
    }

    public static void land(
            KeycloakSession session,
            RealmModel realm,
            OrganizationModel tenant,
            boolean join,
            ConnectionBinding connection,
            UserModel user) {
        TenantSso model = session.getProvider(TenantSso.class);
        boolean ownConnection = tenant.getId().equals(connection.organizationId());
        if (join) {
            session.setAttribute(AUDITED_JOIN, membership(tenant.getId(), user.getId()));
            try {
                session.getProvider(OrganizationProvider.class).addMember(tenant, user);
            } finally {
                session.removeAttribute(AUDITED_JOIN);
            }
            if (!ownConnection) {
                model.trusts(realm).trustOf(tenant.getId(), connection.id()).ifPresent(trust -> {
                    model.memberships().provisionedBy(user.getId(), tenant.getId(), trust.id());
                    joinTrustGroups(session, realm, tenant, trust, user);
                });
            }
        } else if (ownConnection) {
            model.memberships().confirmedByOwnConnection(user.getId(), tenant.getId());
        }
        model.memberships().setActiveTenant(realm.getId(), user.getId(), tenant.getId(), Time.currentTimeMillis());
    }

    /** Groups are checked again: one may have been moved out of the organization since the trust was made. */
    private static void joinTrustGroups(
            KeycloakSession session, RealmModel realm, OrganizationModel tenant, Trust trust, UserModel user) {
        trust.groupIds().stream()
                .filter(groupId -> OrganizationGroups.belongsTo(session, realm, tenant, groupId))
                .map(groupId -> session.groups().getGroupById(realm, groupId))
                .forEach(user::joinGroup);
    }
}
