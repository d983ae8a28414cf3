package io.github.tenantsso.domain;

/**
 * A claim's state as an import restores it. The re-check dates are not in it: a stored claim keeps them, a new one
 * has none.
 *
 * @param id              the stored claim's id, or a new one
 * @param exclusiveDomain the domain while the claim is verified and the realm does not share domains, else
 *                        {@code null}: what the database's one-verified-claim-per-domain guard reads
 */
public record RestoredClaim(
        String id,
        String organizationId,
        String domain,
        boolean includeSubdomains,
        boolean verified,
        String verificationMethod,
        String verificationToken,
        long createdAt,
        String createdBy,
        Long verifiedAt,
        String verifiedBy,
        String exclusiveDomain) {}
