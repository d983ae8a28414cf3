package io.github.tenantsso.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * That an audit event concerns a tenant. Carries the realm and the event's time so that a tenant's trail, newest
 * first, is a range of one index ({@code REALM_ID, TENANT_ID, EVENT_TIME}).
 */
@Entity
@Table(name = "TSSO_AUDIT_TENANT")
@IdClass(AuditTenantEntity.Key.class)
@NamedQueries({
    @NamedQuery(name = "tssoDeleteAuditTenants", query = "delete from AuditTenantEntity t where t.eventId in :ids"),
    @NamedQuery(
            name = "tssoDeleteAuditTenantsOfRealm",
            query = "delete from AuditTenantEntity t where t.realmId = :realmId"),
})
public class AuditTenantEntity {

    @Id
    @Column(name = "EVENT_ID", length = 36)
    private String eventId;

    @Id
    @Column(name = "TENANT_ID", length = 36)
    private String tenantId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "EVENT_TIME", nullable = false)
    private long time;

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
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

    public static final class Key implements Serializable {

        private String eventId;
        private String tenantId;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(eventId, key.eventId)
                    && Objects.equals(tenantId, key.tenantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, tenantId);
        }
    }
}
