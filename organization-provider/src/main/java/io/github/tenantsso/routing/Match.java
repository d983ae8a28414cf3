package io.github.tenantsso.routing;

import java.util.List;

/**
 * What the verified claims on one domain level yield: the claiming tenants in order and their candidates. Equal
 * tenant lists share one instance, so a tenant's domains share its candidates.
 */
record Match(List<String> tenantIds, List<Candidate> candidates) {

    static final Match NONE = new Match(List.of(), List.of());

    boolean isEmpty() {
        return tenantIds.isEmpty();
    }
}
