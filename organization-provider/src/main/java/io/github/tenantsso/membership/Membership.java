package io.github.tenantsso.membership;

/**
 * When a user joined a tenant, as its store reads it: a value, so that the entity stays with the store.
 *
 * @param trustId the trust that provisioned the membership just in time, or {@code null}
 */
public record Membership(String id, String userId, String organizationId, long joinedAt, String trustId) {

    static Membership of(MembershipEntity membership) {
        return new Membership(
                membership.getId(),
                membership.getUserId(),
                membership.getOrganizationId(),
                membership.getJoinedAt(),
                membership.getTrustId());
    }
}
