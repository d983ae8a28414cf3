package io.github.tenantsso.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tenantsso.domain.DomainClaim;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.dns.DomainVerification;
import io.github.tenantsso.tenantadmin.TenantAdmin;
import java.util.List;
import org.keycloak.models.UserModel;

/**
 * What the portal API reads and writes. It shows a tenant's own data only: no realm admin's id, no other tenant.
 */
final class PortalViews {

    private PortalViews() {}

    record Me(String userId, String username, List<Tenant> tenants) {}

    record Tenant(String id, String alias, String name) {}

    record DnsRecord(String type, String name, String value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Claim(
            String domain,
            String domainUnicode,
            boolean includeSubdomains,
            String status,
            DnsRecord verificationRecord,
            long createdAt,
            Long verifiedAt,
            String verificationMethod,
            Long recheckedAt,
            Long recordMissingSince) {

        static Claim of(DomainClaim claim) {
            DomainName domain = DomainName.ofStored(claim.domain());
            return new Claim(
                    domain.value(),
                    domain.unicode(),
                    claim.includeSubdomains(),
                    claim.status().name(),
                    new DnsRecord("TXT", DomainVerification.recordName(domain), claim.verificationToken()),
                    claim.createdAt(),
                    claim.verifiedAt(),
                    claim.verificationMethod(),
                    claim.recheckedAt(),
                    claim.recordMissingSince());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Admin(String userId, String username, String email, long appointedAt) {

        static Admin of(TenantAdmin admin, UserModel user) {
            return new Admin(admin.userId(), user.getUsername(), user.getEmail(), admin.appointedAt());
        }
    }

    record ClaimRequest(String domain, Boolean includeSubdomains) {}

    record AppointRequest(String userId) {}

    /** The representation of an admin event's subject. */
    static Object of(Object subject) {
        if (subject instanceof TenantAdmin admin) {
            return admin;
        }
        if (subject instanceof DomainClaim claim) {
            return Claim.of(claim);
        }
        throw new IllegalArgumentException(
                "No representation of " + subject.getClass().getName());
    }
}
