package io.github.tenantsso.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A tenant's claim on a domain. {@code exclusiveDomain} carries the domain only while the claim is verified and the
 * realm does not share domains between tenants; a unique index on (realm, exclusive domain) is how the database
 * itself allows at most one such claim per domain.
 */
@Entity
@Table(name = "TSSO_DOMAIN_CLAIM")
@NamedQueries({
    @NamedQuery(
            name = "tssoClaimsOfRealm",
            query =
                    "select c from DomainClaimEntity c where c.realmId = :realmId order by c.domain, c.createdAt, c.id"),
    @NamedQuery(
            name = "tssoClaimsOfTenant",
            query =
                    "select c from DomainClaimEntity c where c.realmId = :realmId and c.organizationId = :organizationId order by c.domain"),
    @NamedQuery(
            name = "tssoClaimsOfDomain",
            query =
                    "select c from DomainClaimEntity c where c.realmId = :realmId and c.domain = :domain order by c.createdAt, c.id"),
    @NamedQuery(
            name = "tssoClaimOfTenantAndDomain",
            query =
                    "select c from DomainClaimEntity c where c.realmId = :realmId and c.organizationId = :organizationId and c.domain = :domain"),
    @NamedQuery(
            name = "tssoClaimsDueForRecheck",
            query =
                    "select c from DomainClaimEntity c where c.status = 'VERIFIED'"
                            + " and c.verificationMethod = 'DNS' and (c.recheckedAt is null or c.recheckedAt < :due) order by c.recheckedAt nulls first, c.id"),
    @NamedQuery(name = "tssoDeleteClaimsOfRealm", query = "delete from DomainClaimEntity c where c.realmId = :realmId"),
    @NamedQuery(
            name = "tssoDeleteClaimsOfTenant",
            query = "delete from DomainClaimEntity c where c.organizationId = :organizationId"),
})
public class DomainClaimEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String organizationId;

    @Column(name = "DOMAIN", nullable = false)
    private String domain;

    @Column(name = "INCLUDE_SUBDOMAINS", nullable = false)
    private boolean includeSubdomains;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "VERIFICATION_TOKEN", length = 64, nullable = false)
    private String verificationToken;

    @Column(name = "EXCLUSIVE_DOMAIN")
    private String exclusiveDomain;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "CREATED_BY")
    private String createdBy;

    @Column(name = "VERIFIED_AT")
    private Long verifiedAt;

    @Column(name = "VERIFIED_BY")
    private String verifiedBy;

    @Column(name = "VERIFICATION_METHOD", length = 16)
    private String verificationMethod;

    /** When the DNS record of a DNS-verified claim was last looked up again. */
    @Column(name = "RECHECKED_AT")
    private Long recheckedAt;

    /** When a re-check first found the record of a DNS-verified claim gone; null while it is there. */
    @Column(name = "RECORD_MISSING_SINCE")
    private Long recordMissingSince;

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

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public boolean isIncludeSubdomains() {
        return includeSubdomains;
    }

    public void setIncludeSubdomains(boolean includeSubdomains) {
        this.includeSubdomains = includeSubdomains;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getVerificationToken() {
        return verificationToken;
    }

    public void setVerificationToken(String verificationToken) {
        this.verificationToken = verificationToken;
    }

    public String getExclusiveDomain() {
        return exclusiveDomain;
    }

    public void setExclusiveDomain(String exclusiveDomain) {
        this.exclusiveDomain = exclusiveDomain;
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

    public Long getVerifiedAt() {
        return verifiedAt;
    }

    public void setVerifiedAt(Long verifiedAt) {
        this.verifiedAt = verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public void setVerifiedBy(String verifiedBy) {
        this.verifiedBy = verifiedBy;
    }

    public String getVerificationMethod() {
        return verificationMethod;
    }

    public void setVerificationMethod(String verificationMethod) {
        this.verificationMethod = verificationMethod;
    }

    public Long getRecheckedAt() {
        return recheckedAt;
    }

    public void setRecheckedAt(Long recheckedAt) {
        this.recheckedAt = recheckedAt;
    }

    public Long getRecordMissingSince() {
        return recordMissingSince;
    }

    public void setRecordMissingSince(Long recordMissingSince) {
        this.recordMissingSince = recordMissingSince;
    }
}
