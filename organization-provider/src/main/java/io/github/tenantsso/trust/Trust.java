package io.github.tenantsso.trust;

import java.util.List;

/**
 * What the login path reads of a trust: a value, so that the entity stays with its store.
 *
 * @param groupIds the organization groups a user it provisions joins, decoded
 */
public record Trust(
        String id,
        String trustingOrganizationId,
        String ownerOrganizationId,
        boolean jitEnabled,
        List<String> groupIds) {

    static Trust of(TrustEntity trust) {
        return new Trust(
                trust.getId(),
                trust.getTrustingOrganizationId(),
                trust.getOwnerOrganizationId(),
                trust.isJitEnabled(),
                TrustGroups.decode(trust.getGroupIds()));
    }
}
