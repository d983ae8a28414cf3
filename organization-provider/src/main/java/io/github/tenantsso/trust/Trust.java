package io.github.tenantsso.trust;

import java.util.List;

/**
 * A tenant's trust in another tenant's connection as its store reads it: a value, so that the entity stays with the
 * store.
 *
 * @param connectionId        the binding id of the trusted connection
 * @param ownerOrganizationId the connection's owner when the trust was made
 * @param groupIds            the organization groups a user it provisions joins
 */
public record Trust(
        String id,
        String trustingOrganizationId,
        String connectionId,
        String ownerOrganizationId,
        boolean jitEnabled,
        List<String> groupIds,
        long createdAt,
        String createdBy) {

    static Trust of(TrustEntity trust) {
        return new Trust(
                trust.getId(),
                trust.getTrustingOrganizationId(),
                trust.getConnectionId(),
                trust.getOwnerOrganizationId(),
                trust.isJitEnabled(),
                TrustGroups.decode(trust.getGroupIds()),
                trust.getCreatedAt(),
                trust.getCreatedBy());
    }
}
