package io.github.tenantsso.domain;

import java.util.Optional;

/**
 * A domain claim as read by those outside this feature that show it: what was claimed and where verification
 * stands, without who made or verified it.
 */
public record ClaimView(
        String tenantId,
        DomainName domain,
        boolean includeSubdomains,
        String status,
        String verificationToken,
        long createdAt,
        Long verifiedAt,
        String verificationMethod,
        Long recheckedAt,
        Long recordMissingSince) {

    public static ClaimView of(DomainClaimEntity claim) {
        return new ClaimView(
                claim.getOrganizationId(),
                DomainName.parse(claim.getDomain()),
                claim.isIncludeSubdomains(),
                claim.getStatus(),
                claim.getVerificationToken(),
                claim.getCreatedAt(),
                claim.getVerifiedAt(),
                claim.getVerificationMethod(),
                claim.getRecheckedAt(),
                claim.getRecordMissingSince());
    }

    /** The claim a write service recorded an admin event of, if the event's subject is one. */
    public static Optional<ClaimView> ofSubject(Object subject) {
        return subject instanceof DomainClaimEntity claim ? Optional.of(of(claim)) : Optional.empty();
    }
}
