package io.github.tenantsso.write;

import io.github.tenantsso.common.ConflictException;
import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.trust.OrganizationGroups;
import io.github.tenantsso.trust.TrustEntity;
import io.github.tenantsso.trust.TrustGroups;
import io.github.tenantsso.trust.Trusts;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * Every write of a trust (admin API, import): checks its groups ({@link TrustGroups}), stores it, tells the nodes
 * and records the admin event. Severing a trust takes back what it granted ({@link TrustRevocation}).
 */
public final class TrustWrites {

    public static final String RESOURCE = "TRUST";
    /** Admin event detail: how many sessions severing the trust ended. */
    public static final String REVOKED_SESSIONS_DETAIL = "tenant_sso_revoked_sessions";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final TenantSso model;
    private final RoutingVersions versions;

    public TrustWrites(KeycloakSession session, RealmModel realm, RoutingVersions versions) {
        this.session = session;
        this.realm = realm;
        this.model = session.getProvider(TenantSso.class);
        this.versions = versions;
    }

    /** A trust with the alias of its connection, as its admin event shows it. */
    public record Written(TrustEntity trust, String connectionAlias) {}

    public sealed interface Outcome {}

    public record Created(Written written) implements Outcome {}

    public record OwnerMismatch() implements Outcome {}

    /** @param problem why the groups were refused: {@link TrustGroups.Malformed} or {@link TrustGroups.NotOrganizationGroup} */
    public record GroupsRefused(TrustGroups.Outcome problem) implements Outcome {}

    public record Conflict(String code, String message) implements Outcome {}

    /**
     * @param ownerTenantId the connection's owner as the caller expects it, or {@code null}
     * @throws io.github.tenantsso.common.StorageException when the database refuses the write for another reason
     */
    public Outcome create(
            OrganizationModel trusting,
            ConnectionBindingEntity connection,
            String ownerTenantId,
            boolean jitEnabled,
            List<String> groupIds,
            String actor,
            long now,
            AdminEvents events) {
        if (ownerTenantId != null && !ownerTenantId.equals(connection.getOrganizationId())) {
            return new OwnerMismatch();
        }
        TrustGroups.Outcome groups =
                TrustGroups.check(groupIds, trusting.getId(), id -> OrganizationGroups.ownerOf(session, realm, id));
        if (!(groups instanceof TrustGroups.Accepted accepted)) {
            return new GroupsRefused(groups);
        }
        TrustEntity trust;
        try {
            trust = trusts().create(
                            trusting.getId(),
                            ConnectionBinding.of(connection),
                            jitEnabled,
                            accepted.groupIds(),
                            actor,
                            now);
        } catch (ConflictException e) {
            return new Conflict(e.code(), e.getMessage());
        }
        versions.changed(RoutingChange.tenant(trusting.getId()));
        Written written = new Written(trust, connection.getIdpAlias());
        events.record(RESOURCE, OperationType.CREATE, written);
        return new Created(written);
    }

    /**
     * A new trust an import decided (its groups checked with {@link TrustGroups#check}), unflushed.
     */
    public TrustEntity add(
            String trustingTenantId,
            ConnectionBindingEntity connection,
            boolean jitEnabled,
            List<String> groupIds,
            String actor,
            long createdAt) {
        TrustEntity trust = trusts().add(
                        trustingTenantId,
                        connection.getId(),
                        connection.getOrganizationId(),
                        jitEnabled,
                        TrustGroups.encode(groupIds),
                        actor,
                        createdAt);
        versions.changed(RoutingChange.tenant(trustingTenantId));
        return trust;
    }

    /** Updates a stored trust as an import decided. */
    public void update(TrustEntity trust, boolean jitEnabled, List<String> groupIds, long createdAt) {
        trust.setJitEnabled(jitEnabled);
        trust.setGroupIds(TrustGroups.encode(groupIds));
        trust.setCreatedAt(createdAt);
        versions.changed(RoutingChange.tenant(trust.getTrustingOrganizationId()));
    }

    /** Severs the trust (which tells the nodes) and records how many sessions that ended. */
    public int delete(TrustEntity trust, ConnectionBindingEntity connection, AdminEvents events) {
        Written written = new Written(trust, connection.getIdpAlias());
        int revoked = TrustRevocation.sever(session, realm, trust, connection);
        events.record(
                RESOURCE, OperationType.DELETE, written, Map.of(REVOKED_SESSIONS_DETAIL, Integer.toString(revoked)));
        return revoked;
    }

    private Trusts trusts() {
        return model.trusts(realm);
    }
}
