package io.github.tenantsso.trust;

import java.util.Optional;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * A trust may only assign groups of the trusting organization itself.
 */
public final class OrganizationGroups {

    private OrganizationGroups() {}

    public static boolean belongsTo(
            KeycloakSession session, RealmModel realm, OrganizationModel organization, String groupId) {
        return ownerOf(session, realm, groupId)
                .filter(organization.getId()::equals)
                .isPresent();
    }

    /** The id of the organization whose group this is, or empty when it is no organization's group of the realm. */
    public static Optional<String> ownerOf(KeycloakSession session, RealmModel realm, String groupId) {
        GroupModel group = groupId == null ? null : session.groups().getGroupById(realm, groupId);
        return group == null || group.getOrganization() == null
                ? Optional.empty()
                : Optional.of(group.getOrganization().getId());
    }
}
