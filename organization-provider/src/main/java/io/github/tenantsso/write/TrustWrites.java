package io.github.tenantsso.write;

import io.github.tenantsso.audit.AuditActions;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.common.ConflictException;
import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.trust.OrganizationGroups;
import io.github.tenantsso.trust.Trust;
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
    public record Written(Trust trust, String connectionAlias) {}

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
            ConnectionBinding connection,
            String ownerTenantId,
            boolean jitEnabled,
            List<String> groupIds,
            String actor,
            long now,
            AdminEvents events) {
        if (ownerTenantId != null && !ownerTenantId.equals(connection.organizationId())) {
            return new OwnerMismatch();
        }
        TrustGroups.Outcome groups =
                TrustGroups.check(groupIds, trusting.getId(), id -> OrganizationGroups.ownerOf(session, realm, id));
        if (!(groups instanceof TrustGroups.Accepted accepted)) {
            return new GroupsRefused(groups);
        }
        Trust trust;
        try {
            trust = trusts().create(trusting.getId(), connection, jitEnabled, accepted.groupIds(), actor, now);
        } catch (ConflictException e) {
            return new Conflict(e.code(), e.getMessage());
        }
        versions.changed(RoutingChange.tenant(trusting.getId()));
        Written written = new Written(trust, connection.idpAlias());
        model.audit(realm)
                .record(event(AuditActions.CREATED, written, events)
                        .detail("jitEnabled", trust.jitEnabled())
                        .detail("groups", trust.groupIds().size()));
        events.record(RESOURCE, OperationType.CREATE, written);
        return new Created(written);
    }

    /** Trusts an import decided ({@link Trusts#restore}), their groups checked with {@link TrustGroups#check}. */
    public void restore(List<Trust> restored) {
        trusts().restore(restored);
        restored.forEach(trust -> versions.changed(RoutingChange.tenant(trust.trustingOrganizationId())));
    }

    /** Severs the trust (which tells the nodes) and records how many sessions that ended. */
    public int delete(Trust trust, ConnectionBinding connection, AdminEvents events) {
        Written written = new Written(trust, connection.idpAlias());
        int revoked = TrustRevocation.sever(session, realm, trust, connection);
        model.audit(realm).record(event("SEVERED", written, events).detail("revokedSessions", revoked));
        events.record(
                RESOURCE, OperationType.DELETE, written, Map.of(REVOKED_SESSIONS_DETAIL, Integer.toString(revoked)));
        return revoked;
    }

    /** Names the trusting tenant first, then the connection's owner. */
    private static AuditEvent.Builder event(String action, Written written, AdminEvents events) {
        return AuditEvent.of(AuditType.TRUST_CHANGE, action)
                .tenant(written.trust().trustingOrganizationId())
                .tenant(written.trust().ownerOrganizationId())
                .connection(written.connectionAlias())
                .actor(events.actor());
    }

    private Trusts trusts() {
        return model.trusts(realm);
    }
}
