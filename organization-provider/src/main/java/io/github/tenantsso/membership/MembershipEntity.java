package io.github.tenantsso.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * When a user joined a tenant: Keycloak keeps no date on organization memberships, and IdP-initiated landing picks
 * the oldest one. Also which trust, if any, provisioned the membership just in time, so that severing the trust
 * takes back what it granted.
 */
@Entity
@Table(name = "TSSO_MEMBERSHIP")
@NamedQueries({
    @NamedQuery(
            name = "tssoMembershipsOfUser",
            query = "select m from MembershipEntity m where m.userId = :userId order by m.joinedAt, m.organizationId"),
    @NamedQuery(
            name = "tssoMembership",
            query = "select m from MembershipEntity m where m.userId = :userId and m.organizationId = :organizationId"),
    @NamedQuery(name = "tssoMembershipsOfTrust", query = "select m from MembershipEntity m where m.trustId = :trustId"),
    @NamedQuery(
            name = "tssoDeleteMembership",
            query = "delete from MembershipEntity m where m.userId = :userId and m.organizationId = :organizationId"),
    @NamedQuery(
            name = "tssoDeleteMembershipsOfRealm",
            query = "delete from MembershipEntity m where m.realmId = :realmId"),
    @NamedQuery(
            name = "tssoDeleteMembershipsOfTenant",
            query = "delete from MembershipEntity m where m.organizationId = :organizationId"),
    @NamedQuery(
            name = "tssoDeleteMembershipsOfUser",
            query = "delete from MembershipEntity m where m.userId = :userId"),
})
public class MembershipEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String organizationId;

    @Column(name = "JOINED_AT", nullable = false)
    private long joinedAt;

    /** The trust that provisioned this membership just in time; null for any other membership. */
    @Column(name = "TRUST_ID", length = 36)
    private String trustId;

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

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public long getJoinedAt() {
        return joinedAt;
    }

    public void setJoinedAt(long joinedAt) {
        this.joinedAt = joinedAt;
    }

    public String getTrustId() {
        return trustId;
    }

    public void setTrustId(String trustId) {
        this.trustId = trustId;
    }
}
