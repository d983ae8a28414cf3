package io.github.tenantsso.model;

import io.github.tenantsso.routing.TenantHint;
import jakarta.persistence.FlushModeType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Reads a tenant hint (an organization id or alias) against the realm's tenants.
 */
public final class TenantHints {

    private static final int MAX_HINT_LENGTH = 255;

    private TenantHints() {}

    /**
     * The hint as routing takes it: the enabled tenant it names, with the connections that tenant trusts. One
     * projection query for a known and an unknown hint alike, and no flush: the login path makes no writes before it.
     */
    public static TenantHint resolve(KeycloakSession session, RealmModel realm, String hint) {
        if (hint == null || hint.isBlank()) {
            return TenantHint.none();
        }
        if (!realm.isOrganizationsEnabled() || hint.length() > MAX_HINT_LENGTH) {
            return TenantHint.unusable();
        }
        String name = hint.strip();
        List<Object[]> rows = session.getProvider(JpaConnectionProvider.class)
                .getEntityManager()
                .createQuery(
                        "select o.id, o.enabled, b.idpAlias from OrganizationEntity o"
                                + " left join TrustEntity t on t.trustingOrganizationId = o.id and t.realmId = o.realmId"
                                + " left join ConnectionBindingEntity b on b.id = t.connectionId"
                                + " where o.realmId = :realm and (o.id = :name or o.alias = :name)",
                        Object[].class)
                .setParameter("realm", realm.getId())
                .setParameter("name", name)
                .setFlushMode(FlushModeType.COMMIT)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
        Optional<String> id = rows.stream()
                .map(row -> (String) row[0])
                .filter(name::equals)
                .findFirst()
                .or(() -> rows.stream().map(row -> (String) row[0]).findFirst());
        if (id.isEmpty()) {
            return TenantHint.unusable();
        }
        Set<String> trusted = new HashSet<>();
        boolean enabled = false;
        for (Object[] row : rows) {
            if (row[0].equals(id.get())) {
                enabled = (Boolean) row[1];
                if (row[2] != null) {
                    trusted.add((String) row[2]);
                }
            }
        }
        return enabled ? TenantHint.tenant(id.get(), trusted) : TenantHint.unusable();
    }

    /** The enabled tenant a hint names, by id or else by alias; empty for anything else. */
    public static Optional<OrganizationModel> organization(KeycloakSession session, RealmModel realm, String hint) {
        if (hint == null || hint.isBlank() || !realm.isOrganizationsEnabled() || hint.length() > MAX_HINT_LENGTH) {
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
