package io.github.tenantsso.model;

import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.jpa.entities.OrganizationEntity;
import org.keycloak.organization.OrganizationProvider;

/**
 * Finds an organization of one realm by an id that comes from outside (a hint, a path). Keycloak's provider throws a
 * {@link ModelException} for the id of another realm's organization; to a caller of this realm that id names nothing,
 * so it is answered as unknown, not as an error that would tell an outsider the id exists elsewhere.
 */
public final class RealmOrganizations {

    private RealmOrganizations() {}

    public static Optional<OrganizationModel> byId(KeycloakSession session, RealmModel realm, String id) {
        try {
            return Optional.ofNullable(
                    session.getProvider(OrganizationProvider.class).getById(id));
        } catch (ModelException e) {
            // The provider has just loaded the entity, so this is read from the persistence context, not the database.
            OrganizationEntity entity = session.getProvider(JpaConnectionProvider.class)
                    .getEntityManager()
                    .find(OrganizationEntity.class, id);
            if (entity != null && !realm.getId().equals(entity.getRealmId())) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
