package io.github.tenantsso.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.domain.DomainClaim;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.dns.DomainVerification;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.tenantadmin.TenantAdmin;
import io.github.tenantsso.write.TenantPolicyWrites;
import io.github.tenantsso.write.TrustWrites;
import java.util.List;

/**
 * JSON bodies of the admin API. Requests use boxed types so that a missing field can be told from {@code false}.
 */
final class Representations {

    private Representations() {}

    /** The representation of what a write service wrote, for its admin event. */
    static Object of(Object subject) {
        if (subject instanceof RoutingPolicy policy) {
            return Policy.of(policy);
        }
        if (subject instanceof DomainClaim claim) {
            return Claim.of(claim);
        }
        if (subject instanceof ConnectionBinding binding) {
            return Connection.of(binding);
        }
        if (subject instanceof TrustWrites.Written trust) {
            return Trust.of(trust.trust(), trust.connectionAlias());
        }
        if (subject instanceof TenantAdmin admin) {
            return admin;
        }
        if (subject instanceof TenantPolicyWrites.InEffect policy) {
            return TenantPolicy.of(policy);
        }
        if (subject instanceof io.github.tenantsso.signin.TenantPolicy removed) {
            return new TenantPolicy(
                    removed.tenantId(),
                    removed.signInMethods().name(),
                    removed.mfa().name(),
                    removed.sessionLimits().maxSessionAgeSeconds(),
                    removed.sessionLimits().maxIdleSeconds(),
                    false);
        }
        throw new IllegalArgumentException(
                "No representation of " + subject.getClass().getName());
    }

    /**
     * A tenant's sign-in policy; {@code default} is true where the tenant stored none. A null session limit is the
     * realm's.
     */
    record TenantPolicy(
            String tenantId,
            String signInMethods,
            String mfa,
            Integer maxSessionAgeSeconds,
            Integer maxIdleSeconds,
            @JsonProperty("default") boolean byDefault) {

        static TenantPolicy of(TenantPolicyWrites.InEffect policy) {
            return new TenantPolicy(
                    policy.tenantId(),
                    policy.signInMethods().name(),
                    policy.mfa().name(),
                    policy.sessionLimits().maxSessionAgeSeconds(),
                    policy.sessionLimits().maxIdleSeconds(),
                    policy.byDefault());
        }
    }

    /**
     * The body of {@code PUT .../policy}: the whole policy; a field left out takes its default ({@code mfa}:
     * {@code OFF}, a session limit: the realm's).
     */
    record TenantPolicyRequest(
            String signInMethods, String mfa, Integer maxSessionAgeSeconds, Integer maxIdleSeconds) {}

    record Policy(
            Boolean crossTenantDomainSharing,
            String ambiguousNewUser,
            Boolean activeTenantLogin,
            String hintParameter) {

        static Policy of(RoutingPolicy policy) {
            return new Policy(
                    policy.crossTenantDomainSharing(),
                    policy.ambiguousNewUser().name(),
                    policy.activeTenantLogin(),
                    policy.hintParameter());
        }
    }

    record ClaimRequest(String domain, Boolean includeSubdomains) {}

    record VerifyRequest(String method) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DnsRecord(String type, String name, String value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Claim(
            String id,
            String tenantId,
            String domain,
            String domainUnicode,
            boolean includeSubdomains,
            String status,
            DnsRecord verificationRecord,
            long createdAt,
            String createdBy,
            Long verifiedAt,
            String verifiedBy,
            String verificationMethod,
            Long recheckedAt,
            Long recordMissingSince) {

        static Claim of(DomainClaim claim) {
            DomainName domain = DomainName.parse(claim.domain());
            return new Claim(
                    claim.id(),
                    claim.organizationId(),
                    domain.value(),
                    domain.unicode(),
                    claim.includeSubdomains(),
                    claim.status().name(),
                    new DnsRecord("TXT", DomainVerification.recordName(domain), claim.verificationToken()),
                    claim.createdAt(),
                    claim.createdBy(),
                    claim.verifiedAt(),
                    claim.verifiedBy(),
                    claim.verificationMethod(),
                    claim.recheckedAt(),
                    claim.recordMissingSince());
        }
    }

    record Membership(String tenantId, long joinedAt) {}

    record UserTenants(String activeTenant, List<Membership> memberships) {}

    record ConnectionRequest(String tenantId, Boolean enabled, Boolean jitEnabled) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Connection(
            String id,
            String alias,
            String tenantId,
            boolean enabled,
            boolean jitEnabled,
            long createdAt,
            String createdBy) {

        static Connection of(ConnectionBinding binding) {
            return new Connection(
                    binding.id(),
                    binding.idpAlias(),
                    binding.organizationId(),
                    binding.enabled(),
                    binding.jitEnabled(),
                    binding.createdAt(),
                    binding.createdBy());
        }
    }

    record TrustRequest(
            String trustingTenantId,
            String connectionAlias,
            String ownerTenantId,
            Boolean jitEnabled,
            List<String> groupIds) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Trust(
            String id,
            String trustingTenantId,
            String connectionAlias,
            String ownerTenantId,
            boolean jitEnabled,
            List<String> groupIds,
            long createdAt,
            String createdBy) {

        static Trust of(io.github.tenantsso.trust.Trust trust, String connectionAlias) {
            return new Trust(
                    trust.id(),
                    trust.trustingOrganizationId(),
                    connectionAlias,
                    trust.ownerOrganizationId(),
                    trust.jitEnabled(),
                    trust.groupIds(),
                    trust.createdAt(),
                    trust.createdBy());
        }
    }
}
