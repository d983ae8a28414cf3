package io.github.tenantsso.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A tenant's trust in another tenant's SSO connection. The owning tenant is recorded as it was when the trust was
 * made, so that re-binding the connection to another tenant does not silently carry the trust over.
 */
@Entity
@Table(name = "TSSO_TRUST")
@NamedQueries({
    @NamedQuery(
            name = "tssoTrustsOfRealm",
            query = "select t from TrustEntity t where t.realmId = :realmId order by t.createdAt, t.id"),
    @NamedQuery(
            name = "tssoTrustsOfConnection",
            query = "select t from TrustEntity t where t.connectionId = :connectionId"),
    @NamedQuery(name = "tssoDeleteTrustsOfRealm", query = "delete from TrustEntity t where t.realmId = :realmId"),
    @NamedQuery(
            name = "tssoDeleteTrustsOfTenant",
            query =
                    "delete from TrustEntity t where t.trustingOrganizationId = :organizationId or t.ownerOrganizationId = :organizationId"),
})
public class TrustEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "TRUSTING_ORG_ID", length = 36, nullable = false)
    private String trustingOrganizationId;

    @Column(name = "CONNECTION_ID", length = 36, nullable = false)
    private String connectionId;

    @Column(name = "OWNER_ORG_ID", length = 36, nullable = false)
    private String ownerOrganizationId;

    @Column(name = "JIT_ENABLED", nullable = false)
    private boolean jitEnabled;

    /** Ids of the trusting tenant's organization groups to assign, comma-separated. */
    @Column(name = "GROUP_IDS", length = 4000)
    private String groupIds;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "CREATED_BY")
    private String createdBy;

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

    public String getTrustingOrganizationId() {
        return trustingOrganizationId;
    }

    public void setTrustingOrganizationId(String trustingOrganizationId) {
        this.trustingOrganizationId = trustingOrganizationId;
    }

    public String getConnectionId() {
        return connectionId;
    }

    public void setConnectionId(String connectionId) {
        this.connectionId = connectionId;
    }

    public String getOwnerOrganizationId() {
        return ownerOrganizationId;
    }

    public void setOwnerOrganizationId(String ownerOrganizationId) {
        this.ownerOrganizationId = ownerOrganizationId;
    }

    public boolean isJitEnabled() {
        return jitEnabled;
    }

    public void setJitEnabled(boolean jitEnabled) {
        this.jitEnabled = jitEnabled;
    }

    public String getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(String groupIds) {
        this.groupIds = groupIds;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }
}
