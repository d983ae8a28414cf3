package io.github.tenantsso.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A tenant's sign-in policy; a tenant without a row has the default of {@link SignInMethods#defaultFor} and the
 * realm's session limits. Only
 * {@link TenantPolicies} reads and writes it (and the routing rows loader, which reads its column).
 */
@Entity
@Table(name = "TSSO_TENANT_POLICY")
@NamedQueries({
    @NamedQuery(
            name = "tssoTenantPoliciesOfRealm",
            query = "select p from TenantPolicyEntity p where p.realmId = :realmId order by p.organizationId"),
    @NamedQuery(
            name = "tssoDeleteTenantPoliciesOfRealm",
            query = "delete from TenantPolicyEntity p where p.realmId = :realmId"),
    @NamedQuery(
            name = "tssoDeleteTenantPolicyOfTenant",
            query = "delete from TenantPolicyEntity p where p.organizationId = :organizationId"),
})
public class TenantPolicyEntity {

    @Id
    @Column(name = "ORG_ID", length = 36)
    private String organizationId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "SIGN_IN_METHODS", length = 32, nullable = false)
    private String signInMethods;

    @Column(name = "MFA", length = 32, nullable = false)
    private String mfa = Mfa.OFF.name();

    @Column(name = "MAX_SESSION_AGE")
    private Integer maxSessionAge;

    @Column(name = "MAX_IDLE")
    private Integer maxIdle;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getSignInMethods() {
        return signInMethods;
    }

    public void setSignInMethods(String signInMethods) {
        this.signInMethods = signInMethods;
    }

    public String getMfa() {
        return mfa;
    }

    public void setMfa(String mfa) {
        this.mfa = mfa;
    }

    public Integer getMaxSessionAge() {
        return maxSessionAge;
    }

    public void setMaxSessionAge(Integer maxSessionAge) {
        this.maxSessionAge = maxSessionAge;
    }

    public Integer getMaxIdle() {
        return maxIdle;
    }

    public void setMaxIdle(Integer maxIdle) {
        this.maxIdle = maxIdle;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
