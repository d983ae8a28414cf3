package io.github.tenantsso.domain;

/**
 * A tenant's claim on a domain as its store reads it: a value, so that the entity stays with the store.
 *
 * @param verificationMethod {@code DNS} or {@code ADMIN} while verified
 * @param recheckedAt        when the DNS record of a DNS-verified claim was last looked up again
 * @param recordMissingSince when a re-check first found that record gone; {@code null} while it is there
 */
public record DomainClaim(
        String id,
        String realmId,
        String organizationId,
        String domain,
        boolean includeSubdomains,
        ClaimStatus status,
        String verificationToken,
        long createdAt,
        String createdBy,
        Long verifiedAt,
        String verifiedBy,
        String verificationMethod,
        Long recheckedAt,
        Long recordMissingSince) {

    public boolean verified() {
        return status == ClaimStatus.VERIFIED;
    }

    public boolean verifiedByDns() {
        return verified() && VerificationMethod.DNS.name().equals(verificationMethod);
    }

    static DomainClaim of(DomainClaimEntity claim) {
        return new DomainClaim(
                claim.getId(),
                claim.getRealmId(),
                claim.getOrganizationId(),
                claim.getDomain(),
                claim.isIncludeSubdomains(),
                ClaimStatus.valueOf(claim.getStatus()),
                claim.getVerificationToken(),
                claim.getCreatedAt(),
                claim.getCreatedBy(),
                claim.getVerifiedAt(),
                claim.getVerifiedBy(),
                claim.getVerificationMethod(),
                claim.getRecheckedAt(),
                claim.getRecordMissingSince());
    }
}
