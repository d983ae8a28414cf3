package io.github.tenantsso.tenantadmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A user's grant to administer one tenant through the portal; only {@link TenantAdmins} reads and writes it. */
@Entity
@Table(name = "TSSO_TENANT_ADMIN")
@NamedQueries({
    @NamedQuery(
            name = "tssoTenantAdminsOfTenant",
            query = "select a from TenantAdminEntity a where a.organizationId = :organizationId"
                    + " order by a.appointedAt, a.userId"),
    @NamedQuery(
            name = "tssoTenantAdminsOfUser",
            query =
                    "select a from TenantAdminEntity a where a.userId = :userId order by a.appointedAt, a.organizationId"),
    @NamedQuery(
            name = "tssoTenantAdmin",
            query =
                    "select a from TenantAdminEntity a where a.organizationId = :organizationId and a.userId = :userId"),
    @NamedQuery(
            name = "tssoDeleteTenantAdmin",
            query = "delete from TenantAdminEntity a where a.organizationId = :organizationId and a.userId = :userId"),
    @NamedQuery(
            name = "tssoDeleteTenantAdminsOfRealm",
            query = "delete from TenantAdminEntity a where a.realmId = :realmId"),
    @NamedQuery(
            name = "tssoDeleteTenantAdminsOfTenant",
            query = "delete from TenantAdminEntity a where a.organizationId = :organizationId"),
    @NamedQuery(
            name = "tssoDeleteTenantAdminsOfUser",
            query = "delete from TenantAdminEntity a where a.userId = :userId"),
})
public class TenantAdminEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String organizationId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "APPOINTED_AT", nullable = false)
    private long appointedAt;

    /** Id of the realm admin or tenant admin who made the appointment. */
    @Column(name = "APPOINTED_BY", length = 36, nullable = false)
    private String appointedBy;

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

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public long getAppointedAt() {
        return appointedAt;
    }

    public void setAppointedAt(long appointedAt) {
        this.appointedAt = appointedAt;
    }

    public String getAppointedBy() {
        return appointedBy;
    }

    public void setAppointedBy(String appointedBy) {
        this.appointedBy = appointedBy;
    }
}
