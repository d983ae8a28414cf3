package io.github.tenantsso.domain;

import io.github.tenantsso.common.BulkWrites;
import io.github.tenantsso.common.ConflictException;
import io.github.tenantsso.common.Flushes;
import io.github.tenantsso.common.Ids;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Domain claims of one realm.
 */
public final class DomainClaims {

    private final EntityManager em;
    private final String realmId;

    public DomainClaims(EntityManager em, String realmId) {
        this.em = em;
        this.realmId = realmId;
    }

    public List<DomainClaim> all() {
        return views(em.createNamedQuery("tssoClaimsOfRealm", DomainClaimEntity.class)
                .setParameter("realmId", realmId)
                .getResultList());
    }

    public List<DomainClaim> ofTenant(String organizationId) {
        return views(em.createNamedQuery("tssoClaimsOfTenant", DomainClaimEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("organizationId", organizationId)
                .getResultList());
    }

    public List<DomainClaim> ofDomain(DomainName domain) {
        return views(ofDomainEntities(domain));
    }

    /**
     * The claims of any tenant on these domains (normalized values), read for a bulk job ({@link BulkWrites#detached});
     * callers keep the list to a bounded size. The realm is checked here rather than in the query, so that H2 looks the
     * list up in the domain's own index.
     */
    public List<DomainClaim> ofDomains(Collection<String> domains) {
        return BulkWrites.detached(
                        em,
                        em.createQuery(
                                        "select c from DomainClaimEntity c where c.domain in :domains",
                                        DomainClaimEntity.class)
                                .setParameter("domains", domains)
                                .getResultList(),
                        DomainClaim::of)
                .stream()
                .filter(claim -> claim.realmId().equals(realmId))
                .toList();
    }

    public Optional<DomainClaim> find(String organizationId, DomainName domain) {
        return findEntity(organizationId, domain).map(DomainClaim::of);
    }

    public DomainClaim create(
            String organizationId, DomainName domain, boolean includeSubdomains, String createdBy, long now) {
        if (findEntity(organizationId, domain).isPresent()) {
            throw new ConflictException("claim_exists", "The organization has already claimed " + domain.value() + ".");
        }
        DomainClaimEntity claim = new DomainClaimEntity();
        claim.setId(Ids.newId());
        claim.setRealmId(realmId);
        claim.setOrganizationId(organizationId);
        claim.setDomain(domain.value());
        claim.setIncludeSubdomains(includeSubdomains);
        claim.setStatus(ClaimStatus.PENDING.name());
        claim.setVerificationToken(Ids.newToken());
        claim.setCreatedAt(now);
        claim.setCreatedBy(createdBy);
        em.persist(claim);
        flush(new ConflictException("claim_exists", "The organization has already claimed " + domain.value() + "."));
        return DomainClaim.of(claim);
    }

    /**
     * Marks a claim verified. Without domain sharing the database refuses a second verified claim on the same domain,
     * also when two verifications race on two nodes.
     */
    public DomainClaim verify(
            DomainClaim stored, VerificationMethod method, String verifiedBy, long now, boolean domainSharing) {
        if (!domainSharing
                && ofDomainEntities(DomainName.parse(stored.domain())).stream()
                        .anyMatch(other -> !other.getId().equals(stored.id())
                                && ClaimStatus.VERIFIED.name().equals(other.getStatus()))) {
            throw alreadyVerified(stored.domain());
        }
        DomainClaimEntity claim = entity(stored);
        claim.setStatus(ClaimStatus.VERIFIED.name());
        claim.setVerificationMethod(method.name());
        claim.setVerifiedAt(now);
        claim.setVerifiedBy(verifiedBy);
        claim.setExclusiveDomain(domainSharing ? null : claim.getDomain());
        claim.setRecheckedAt(method == VerificationMethod.DNS ? now : null);
        claim.setRecordMissingSince(null);
        flush(alreadyVerified(claim.getDomain()));
        return DomainClaim.of(claim);
    }

    /** Makes a verified claim pending again: it no longer routes, and can be verified anew. */
    public DomainClaim unverify(DomainClaim stored) {
        DomainClaimEntity claim = entity(stored);
        claim.setStatus(ClaimStatus.PENDING.name());
        claim.setVerificationMethod(null);
        claim.setVerifiedAt(null);
        claim.setVerifiedBy(null);
        claim.setExclusiveDomain(null);
        claim.setRecheckedAt(null);
        claim.setRecordMissingSince(null);
        return DomainClaim.of(claim);
    }

    /** Records a look-up of the claim's DNS record: when, and since when it has been missing ({@code null}: found). */
    public DomainClaim rechecked(DomainClaim stored, long at, Long recordMissingSince) {
        DomainClaimEntity claim = entity(stored);
        claim.setRecheckedAt(at);
        claim.setRecordMissingSince(recordMissingSince);
        return DomainClaim.of(claim);
    }

    /** DNS-verified claims of every realm not looked up again since {@code due}, the longest waiting first. */
    public static List<DomainClaim> dueForRecheck(EntityManager em, long due, int max) {
        return views(em.createNamedQuery("tssoClaimsDueForRecheck", DomainClaimEntity.class)
                .setParameter("due", due)
                .setMaxResults(max)
                .getResultList());
    }

    /**
     * Writes claims as an import decided ({@link BulkWrites#upsert}): a stored claim keeps its tenant, domain and
     * re-check dates. The database still refuses a duplicate, or a second verified claim of a domain while sharing is
     * off.
     */
    public void restore(List<RestoredClaim> claims) {
        BulkWrites.upsert(
                em,
                DomainClaimEntity.class,
                "id",
                claims,
                RestoredClaim::id,
                restored -> {
                    DomainClaimEntity claim = new DomainClaimEntity();
                    claim.setId(restored.id());
                    claim.setRealmId(realmId);
                    claim.setOrganizationId(restored.organizationId());
                    claim.setDomain(restored.domain());
                    return claim;
                },
                (claim, restored) -> {
                    claim.setIncludeSubdomains(restored.includeSubdomains());
                    claim.setVerificationToken(restored.verificationToken());
                    claim.setCreatedAt(restored.createdAt());
                    claim.setCreatedBy(restored.createdBy());
                    claim.setStatus((restored.verified() ? ClaimStatus.VERIFIED : ClaimStatus.PENDING).name());
                    claim.setVerificationMethod(restored.verificationMethod());
                    claim.setVerifiedAt(restored.verifiedAt());
                    claim.setVerifiedBy(restored.verifiedBy());
                    claim.setExclusiveDomain(restored.exclusiveDomain());
                });
    }

    public void delete(DomainClaim claim) {
        em.remove(entity(claim));
        em.flush();
    }

    /** Domains that more than one tenant has verified; they block turning domain sharing off. */
    public List<String> sharedVerifiedDomains() {
        return em.createQuery(
                        "select c.domain from DomainClaimEntity c where c.realmId = :realmId and c.status = :status"
                                + " group by c.domain having count(c) > 1 order by c.domain",
                        String.class)
                .setParameter("realmId", realmId)
                .setParameter("status", ClaimStatus.VERIFIED.name())
                .getResultList();
    }

    /** Puts the database's one-verified-claim-per-domain guard on (sharing off) or off (sharing on). */
    public void guardExclusiveDomains(boolean exclusive) {
        em.createQuery("update DomainClaimEntity c set c.exclusiveDomain = " + (exclusive ? "c.domain" : "null")
                        + " where c.realmId = :realmId and c.status = :status")
                .setParameter("realmId", realmId)
                .setParameter("status", ClaimStatus.VERIFIED.name())
                .executeUpdate();
    }

    private List<DomainClaimEntity> ofDomainEntities(DomainName domain) {
        return em.createNamedQuery("tssoClaimsOfDomain", DomainClaimEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("domain", domain.value())
                .getResultList();
    }

    private Optional<DomainClaimEntity> findEntity(String organizationId, DomainName domain) {
        return em.createNamedQuery("tssoClaimOfTenantAndDomain", DomainClaimEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("organizationId", organizationId)
                .setParameter("domain", domain.value())
                .getResultStream()
                .findFirst();
    }

    /** The stored claim a view was read from: from the persistence context when it is there, so no query. */
    private DomainClaimEntity entity(DomainClaim claim) {
        return em.find(DomainClaimEntity.class, claim.id());
    }

    private static List<DomainClaim> views(List<DomainClaimEntity> claims) {
        return claims.stream().map(DomainClaim::of).toList();
    }

    private void flush(ConflictException onConstraintViolation) {
        Flushes.flush(em, () -> onConstraintViolation);
    }

    private static ConflictException alreadyVerified(String domain) {
        return new ConflictException(
                "domain_verified_elsewhere",
                domain + " is already verified by another organization in this realm, and domain sharing is off.");
    }
}
