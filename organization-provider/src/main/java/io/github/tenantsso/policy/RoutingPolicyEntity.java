package io.github.tenantsso.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A realm's routing policy; a realm without a row has the defaults of {@link RoutingPolicy#DEFAULT}.
 */
@Entity
@Table(name = "TSSO_ROUTING_POLICY")
@NamedQueries({
    @NamedQuery(
            name = "tssoDeletePolicyOfRealm",
            query = "delete from RoutingPolicyEntity p where p.realmId = :realmId"),
})
public class RoutingPolicyEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "DOMAIN_SHARING", nullable = false)
    private boolean domainSharing;

    @Column(name = "AMBIGUOUS_NEW_USER", length = 16, nullable = false)
    private String ambiguousNewUser;

    @Column(name = "ACTIVE_TENANT_LOGIN", nullable = false)
    private boolean activeTenantLogin;

    @Column(name = "HINT_PARAMETER", length = 64, nullable = false)
    private String hintParameter;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public boolean isDomainSharing() {
        return domainSharing;
    }

    public void setDomainSharing(boolean domainSharing) {
        this.domainSharing = domainSharing;
    }

    public String getAmbiguousNewUser() {
        return ambiguousNewUser;
    }

    public void setAmbiguousNewUser(String ambiguousNewUser) {
        this.ambiguousNewUser = ambiguousNewUser;
    }

    public boolean isActiveTenantLogin() {
        return activeTenantLogin;
    }

    public void setActiveTenantLogin(boolean activeTenantLogin) {
        this.activeTenantLogin = activeTenantLogin;
    }

    public String getHintParameter() {
        return hintParameter;
    }

    public void setHintParameter(String hintParameter) {
        this.hintParameter = hintParameter;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
