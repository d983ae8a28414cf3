package io.github.tenantsso.importexport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The pack's data of one realm as JSON: what {@code GET .../tenant-sso/export} returns and what a realm import reads
 * from the realm attribute {@value #REALM_ATTRIBUTE}. Tenants and connections are named by alias, users by username
 * and organization groups by path, so a document moves between realms (and servers) whose ids differ. Everything that
 * decides where a login lands is in it: the routing data, and the membership dates and active tenants that Keycloak's
 * own export does not carry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PackDocument(
        Policy policy,
        List<Domain> domains,
        List<Connection> connections,
        List<Trust> trusts,
        List<Membership> memberships,
        List<ActiveTenant> activeTenants,
        List<TenantPolicy> tenantPolicies) {

    public static final String REALM_ATTRIBUTE = "tenant-sso";

    public PackDocument {
        domains = domains == null ? List.of() : List.copyOf(domains);
        connections = connections == null ? List.of() : List.copyOf(connections);
        trusts = trusts == null ? List.of() : List.copyOf(trusts);
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
        activeTenants = activeTenants == null ? List.of() : List.copyOf(activeTenants);
        tenantPolicies = tenantPolicies == null ? List.of() : List.copyOf(tenantPolicies);
    }

    /** A document without tenant policies. */
    public PackDocument(
            Policy policy,
            List<Domain> domains,
            List<Connection> connections,
            List<Trust> trusts,
            List<Membership> memberships,
            List<ActiveTenant> activeTenants) {
        this(policy, domains, connections, trusts, memberships, activeTenants, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Policy(
            Boolean crossTenantDomainSharing,
            String ambiguousNewUser,
            Boolean activeTenantLogin,
            String hintParameter) {}

    /**
     * @param tenant             alias of the organization
     * @param verificationToken  kept, so that a published DNS record stays valid; a new one is made when absent
     * @param createdAt          epoch milliseconds; FIRST_CREATED routing orders by it (now when absent)
     * @param createdBy          who created the claim, as the source recorded it (an admin's user id); kept verbatim
     * @param verifiedBy         who verified it, likewise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Domain(
            String tenant,
            String domain,
            Boolean includeSubdomains,
            Boolean verified,
            String verificationMethod,
            String verificationToken,
            Long createdAt,
            Long verifiedAt,
            String createdBy,
            String verifiedBy) {}

    /** @param alias the identity provider's alias; @param tenant alias of the organization that owns it */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Connection(
            String alias, String tenant, Boolean enabled, Boolean jitEnabled, Long createdAt, String createdBy) {}

    /**
     * @param tenant     alias of the trusting organization
     * @param connection alias of the trusted identity provider
     * @param groups     paths of the trusting organization's groups to assign ({@code /engineers/backend}), as
     *                   Keycloak writes an organization group's path
     * @param groupIds   the same by id, as documents before paths named them; only ids of the target realm are taken
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trust(
            String tenant,
            String connection,
            Boolean jitEnabled,
            List<String> groups,
            List<String> groupIds,
            Long createdAt,
            String createdBy) {}

    /**
     * When a user joined a tenant: IdP-initiated and domain-routed logins through a trusted connection land in the
     * user's oldest membership among the tenants that trust it. Keycloak's export carries the membership itself.
     *
     * @param user          username
     * @param tenant        alias of the organization the user is a member of
     * @param joinedAt      epoch milliseconds
     * @param provisionedBy alias of the connection whose trust (of this tenant) provisioned the membership just in
     *                      time, so that severing the trust takes it back
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Membership(String user, String tenant, Long joinedAt, String provisionedBy) {}

    /**
     * A tenant's stored sign-in policy; a tenant the document does not list keeps what it has.
     *
     * @param tenant        alias of the organization
     * @param signInMethods        {@code SSO_ONLY} or {@code SSO_WITH_PASSWORD_FALLBACK}
     * @param mfa                  {@code OFF} (also when left out), {@code PASSWORD_SIGN_INS} or {@code EVERY_SIGN_IN}
     * @param maxSessionAgeSeconds the tenant's maximum session age; absent for the realm's
     * @param maxIdleSeconds       the tenant's maximum idle time; absent for the realm's
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TenantPolicy(
            String tenant, String signInMethods, String mfa, Integer maxSessionAgeSeconds, Integer maxIdleSeconds) {}

    /** The tenant a user last landed in: the tenant of the user's sessions that did not land through a connection. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActiveTenant(String user, String tenant, Long updatedAt) {}
}
