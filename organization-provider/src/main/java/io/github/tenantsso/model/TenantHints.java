package io.github.tenantsso.model;

import io.github.tenantsso.routing.TenantHint;
import java.util.List;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Reads a tenant hint (an organization id or alias) as Keycloak's organization, for the pages and APIs that need the
 * model. Routing resolves hints from memory instead ({@link io.github.tenantsso.routing.DomainIndex#hint}).
 */
public final class TenantHints {

    private TenantHints() {}

    /** The enabled tenant a hint names, by id or else by alias; empty for anything else. */
    public static Optional<OrganizationModel> organization(KeycloakSession session, RealmModel realm, String hint) {
        if (hint == null
                || hint.isBlank()
                || !realm.isOrganizationsEnabled()
                || hint.length() > TenantHint.MAX_LENGTH) {
            return Optional.empty();
        }
        String name = hint.strip();
        // One query for an id and an alias alike, found or not: Keycloak's cache answers a known id without the
        // database but an unknown one only after two queries (by id, then by alias), which an outsider could time.
        List<String> ids = session.getProvider(JpaConnectionProvider.class)
                .getEntityManager()
                .createQuery(
                        "select o.id from OrganizationEntity o where o.realmId = :realm and (o.id = :name or o.alias = :name)",
                        String.class)
                .setParameter("realm", realm.getId())
                .setParameter("name", name)
                .getResultList();
        // An id wins over another tenant's alias that happens to spell it.
        Optional<String> id =
                ids.contains(name) ? Optional.of(name) : ids.stream().findFirst();
        return id.map(session.getProvider(OrganizationProvider.class)::getById).filter(OrganizationModel::isEnabled);
    }
}
