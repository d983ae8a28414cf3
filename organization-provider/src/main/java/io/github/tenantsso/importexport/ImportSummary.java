package io.github.tenantsso.importexport;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an import did, per kind: the answer of {@code POST .../tenant-sso/import}.
 *
 * @param policyUpdated whether the document changed the routing policy
 */
public record ImportSummary(
        @JsonProperty("policyUpdated") boolean policyUpdated,
        @JsonProperty("domains") Counts domains,
        @JsonProperty("connections") Counts connections,
        @JsonProperty("trusts") Counts trusts,
        @JsonProperty("memberships") Counts memberships,
        @JsonProperty("activeTenants") Counts activeTenants,
        @JsonProperty("tenantPolicies") Counts tenantPolicies) {

    /** @param unchanged entries of the document that were stored exactly so already */
    public record Counts(
            @JsonProperty("created") int created,
            @JsonProperty("updated") int updated,
            @JsonProperty("unchanged") int unchanged) {}
}
