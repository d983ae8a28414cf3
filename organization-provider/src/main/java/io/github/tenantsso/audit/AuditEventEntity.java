package io.github.tenantsso.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One audit event; only {@link AuditTrail} reads and writes it. */
@Entity
@Table(name = "TSSO_AUDIT_EVENT")
@NamedQueries({
    @NamedQuery(name = "tssoAuditEventsBefore", query = "select e.id from AuditEventEntity e where e.time < :before"),
    @NamedQuery(name = "tssoDeleteAuditEvents", query = "delete from AuditEventEntity e where e.id in :ids"),
    @NamedQuery(
            name = "tssoDeleteAuditEventsOfRealm",
            query = "delete from AuditEventEntity e where e.realmId = :realmId"),
})
public class AuditEventEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "EVENT_TIME", nullable = false)
    private long time;

    @Column(name = "TYPE", length = 32, nullable = false)
    private String type;

    @Column(name = "ACTION", length = 32, nullable = false)
    private String action;

    @Column(name = "REASON", length = 64)
    private String reason;

    /** The tenants as the event shows them, comma-separated; queries by tenant use {@link AuditTenantEntity}. */
    @Column(name = "TENANT_IDS", length = 400)
    private String tenantIds;

    @Column(name = "ACTOR_USER_ID", length = 36)
    private String actorUserId;

    @Column(name = "ACTOR_CLIENT_ID", length = 255)
    private String actorClientId;

    @Column(name = "CONNECTION_ALIAS", length = 255)
    private String connectionAlias;

    @Column(name = "DETAILS", length = 2000)
    private String details;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public long getTime() {
        return time;
    }

    public void setTime(long time) {
        this.time = time;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTenantIds() {
        return tenantIds;
    }

    public void setTenantIds(String tenantIds) {
        this.tenantIds = tenantIds;
    }

    public String getActorUserId() {
        return actorUserId;
    }

    public void setActorUserId(String actorUserId) {
        this.actorUserId = actorUserId;
    }

    public String getActorClientId() {
        return actorClientId;
    }

    public void setActorClientId(String actorClientId) {
        this.actorClientId = actorClientId;
    }

    public String getConnectionAlias() {
        return connectionAlias;
    }

    public void setConnectionAlias(String connectionAlias) {
        this.connectionAlias = connectionAlias;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
