package io.github.tenantsso.trust;

import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * A trust may only assign groups of the trusting organization itself.
 */
public final class OrganizationGroups {

    private OrganizationGroups() {
    }

    public static boolean belongsTo(KeycloakSession session, RealmModel realm, OrganizationModel organization, String groupId) {
        GroupModel group = groupId == null ? null : session.groups().getGroupById(realm, groupId);
        return group != null && group.getOrganization() != null && organization.getId().equals(group.getOrganization().getId());
    }
}
