package io.github.tenantsso.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Binds an identity provider (by alias) to the tenant that owns it, with the time of binding that FIRST_CREATED
 * routing orders by. Keycloak itself keeps no creation dates on identity providers.
 */
@Entity
@Table(name = "TSSO_CONNECTION")
@NamedQueries({
    @NamedQuery(
            name = "tssoConnectionsOfRealm",
            query =
                    "select c from ConnectionBindingEntity c where c.realmId = :realmId order by c.createdAt, c.idpAlias"),
    @NamedQuery(
            name = "tssoConnectionByAlias",
            query = "select c from ConnectionBindingEntity c where c.realmId = :realmId and c.idpAlias = :alias"),
    @NamedQuery(
            name = "tssoConnectionsOfTenant",
            query =
                    "select c from ConnectionBindingEntity c where c.realmId = :realmId and c.organizationId = :organizationId order by c.createdAt, c.idpAlias"),
    @NamedQuery(
            name = "tssoDeleteConnectionsOfRealm",
            query = "delete from ConnectionBindingEntity c where c.realmId = :realmId"),
    @NamedQuery(
            name = "tssoDeleteConnectionsOfTenant",
            query = "delete from ConnectionBindingEntity c where c.organizationId = :organizationId"),
})
public class ConnectionBindingEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "IDP_ALIAS", nullable = false)
    private String idpAlias;

    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String organizationId;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "JIT_ENABLED", nullable = false)
    private boolean jitEnabled;

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

    public String getIdpAlias() {
        return idpAlias;
    }

    public void setIdpAlias(String idpAlias) {
        this.idpAlias = idpAlias;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isJitEnabled() {
        return jitEnabled;
    }

    public void setJitEnabled(boolean jitEnabled) {
        this.jitEnabled = jitEnabled;
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
