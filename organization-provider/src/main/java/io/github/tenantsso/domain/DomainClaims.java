package io.github.tenantsso.domain;

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

    public List<DomainClaimEntity> all() {
        return em.createNamedQuery("tssoClaimsOfRealm", DomainClaimEntity.class)
                .setParameter("realmId", realmId)
                .getResultList();
    }

    public List<DomainClaimEntity> ofTenant(String organizationId) {
        return em.createNamedQuery("tssoClaimsOfTenant", DomainClaimEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("organizationId", organizationId)
                .getResultList();
    }

    public List<DomainClaimEntity> ofDomain(DomainName domain) {
        return em.createNamedQuery("tssoClaimsOfDomain", DomainClaimEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("domain", domain.value())
                .getResultList();
    }

    /**
     * The claims of any tenant on these domains (normalized values); callers keep the list to a bounded size. The
     * realm is checked here rather than in the query, so that H2 looks the list up in the domain's own index.
     */
    public List<DomainClaimEntity> ofDomains(Collection<String> domains) {
        return em.createQuery("select c from DomainClaimEntity c where c.domain in :domains", DomainClaimEntity.class)
                .setParameter("domains", domains)
                .getResultStream()
                .filter(claim -> claim.getRealmId().equals(realmId))
                .toList();
    }

    public Optional<DomainClaimEntity> find(String organizationId, DomainName domain) {
        return em.createNamedQuery("tssoClaimOfTenantAndDomain", DomainClaimEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("organizationId", organizationId)
                .setParameter("domain", domain.value())
                .getResultStream()
                .findFirst();
    }

    public DomainClaimEntity create(
            String organizationId, DomainName domain, boolean includeSubdomains, String createdBy, long now) {
        if (find(organizationId, domain).isPresent()) {
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
        persist(claim, "claim_exists", "The organization has already claimed " + domain.value() + ".");
        return claim;
    }

    /**
     * Marks a claim verified. Without domain sharing the database refuses a second verified claim on the same domain,
     * also when two verifications race on two nodes.
     */
    public DomainClaimEntity verify(
            DomainClaimEntity claim, VerificationMethod method, String verifiedBy, long now, boolean domainSharing) {
        if (!domainSharing
                && ofDomain(DomainName.parse(claim.getDomain())).stream()
                        .anyMatch(other -> !other.getId().equals(claim.getId())
                                && ClaimStatus.VERIFIED.name().equals(other.getStatus()))) {
            throw alreadyVerified(claim.getDomain());
        }
        claim.setStatus(ClaimStatus.VERIFIED.name());
        claim.setVerificationMethod(method.name());
        claim.setVerifiedAt(now);
        claim.setVerifiedBy(verifiedBy);
        claim.setExclusiveDomain(domainSharing ? null : claim.getDomain());
        claim.setRecheckedAt(method == VerificationMethod.DNS ? now : null);
        claim.setRecordMissingSince(null);
        flush(alreadyVerified(claim.getDomain()));
        return claim;
    }

    /** Makes a verified claim pending again: it no longer routes, and can be verified anew. */
    public void unverify(DomainClaimEntity claim) {
        claim.setStatus(ClaimStatus.PENDING.name());
        claim.setVerificationMethod(null);
        claim.setVerifiedAt(null);
        claim.setVerifiedBy(null);
        claim.setExclusiveDomain(null);
        claim.setRecheckedAt(null);
        claim.setRecordMissingSince(null);
    }

    /** DNS-verified claims of every realm not looked up again since {@code due}, the longest waiting first. */
    public static List<DomainClaimEntity> dueForRecheck(EntityManager em, long due, int max) {
        return em.createNamedQuery("tssoClaimsDueForRecheck", DomainClaimEntity.class)
                .setParameter("due", due)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Creates or updates a claim with the state a pack document records (token, dates, verification), as an import
     * does; what the document leaves out ({@code null}) keeps its stored value, or for a new claim gets {@code now};
     * {@code verified == false} makes a verified claim pending again. The database's
     * guard still refuses a second verified claim on a domain while sharing is off.
     */
    public DomainClaimEntity restore(
            String organizationId,
            DomainName domain,
            boolean includeSubdomains,
            String token,
            Long createdAt,
            Boolean verified,
            VerificationMethod verifiedBy,
            Long verifiedAt,
            boolean domainSharing,
            long now) {
        DomainClaimEntity claim = find(organizationId, domain).orElseGet(() -> {
            DomainClaimEntity created = new DomainClaimEntity();
            created.setId(Ids.newId());
            created.setRealmId(realmId);
            created.setOrganizationId(organizationId);
            created.setDomain(domain.value());
            created.setStatus(ClaimStatus.PENDING.name());
            created.setVerificationToken(Ids.newToken());
            created.setCreatedAt(now);
            return created;
        });
        claim.setIncludeSubdomains(includeSubdomains);
        if (createdAt != null) {
            claim.setCreatedAt(createdAt);
        }
        if (token != null) {
            claim.setVerificationToken(token);
        }
        if (Boolean.FALSE.equals(verified)) {
            unverify(claim);
        } else if (Boolean.TRUE.equals(verified)) {
            boolean wasVerified = ClaimStatus.VERIFIED.name().equals(claim.getStatus());
            claim.setStatus(ClaimStatus.VERIFIED.name());
            claim.setVerificationMethod(verifiedBy.name());
            if (verifiedAt != null || !wasVerified) {
                claim.setVerifiedAt(verifiedAt == null ? now : verifiedAt);
            }
            claim.setExclusiveDomain(domainSharing ? null : claim.getDomain());
        }
        if (!em.contains(claim)) {
            em.persist(claim);
        }
        flush(alreadyVerified(claim.getDomain()));
        return claim;
    }

    /**
     * Stores a new claim without flushing, for a caller that has checked it (an import, which flushes in batches; the
     * database still refuses a duplicate or a second verified claim of a domain while sharing is off).
     */
    public void insert(DomainClaimEntity claim) {
        claim.setRealmId(realmId);
        em.persist(claim);
    }

    public void delete(DomainClaimEntity claim) {
        em.remove(claim);
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

    private void persist(DomainClaimEntity claim, String code, String message) {
        em.persist(claim);
        flush(new ConflictException(code, message));
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
