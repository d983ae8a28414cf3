package io.github.tenantsso.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The tenant a user last signed in to; routing sends an existing user there when a domain is shared.
 */
@Entity
@Table(name = "TSSO_ACTIVE_TENANT")
@NamedQueries({
    @NamedQuery(
            name = "tssoDeleteActiveTenantsOfRealm",
            query = "delete from ActiveTenantEntity a where a.realmId = :realmId"),
    @NamedQuery(
            name = "tssoDeleteActiveTenantsOfTenant",
            query = "delete from ActiveTenantEntity a where a.organizationId = :organizationId"),
    @NamedQuery(
            name = "tssoDeleteActiveTenantOfUser",
            query = "delete from ActiveTenantEntity a where a.userId = :userId"),
})
public class ActiveTenantEntity {

    @Id
    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String organizationId;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
