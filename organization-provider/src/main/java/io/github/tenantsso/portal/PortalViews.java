package io.github.tenantsso.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.domain.DomainClaim;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.dns.DomainVerification;
import io.github.tenantsso.tenantadmin.TenantAdmin;
import java.util.List;
import org.keycloak.models.IdentityProviderModel;
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

    /**
     * A tenant connection as its admin sees it: never its client secret, only whether one is set.
     *
     * @param serviceProvider what to give the identity provider
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Connection(
            String alias,
            String displayName,
            String type,
            boolean enabled,
            boolean jitEnabled,
            long createdAt,
            String issuer,
            String clientId,
            Boolean clientSecretSet,
            String idpEntityId,
            ServiceProvider serviceProvider) {

        static Connection of(ConnectionBinding binding, IdentityProviderModel idp, String realmUrl) {
            boolean oidc = "oidc".equals(idp.getProviderId());
            boolean saml = "saml".equals(idp.getProviderId());
            String endpoint = realmUrl + "/broker/" + idp.getAlias() + "/endpoint";
            return new Connection(
                    idp.getAlias(),
                    idp.getDisplayName(),
                    idp.getProviderId(),
                    binding.enabled() && idp.isEnabled(),
                    binding.jitEnabled(),
                    binding.createdAt(),
                    oidc ? idp.getConfig().get("issuer") : null,
                    oidc ? idp.getConfig().get("clientId") : null,
                    oidc ? !isBlank(idp.getConfig().get("clientSecret")) : null,
                    saml ? idp.getConfig().get("idpEntityId") : null,
                    new ServiceProvider(
                            endpoint,
                            saml ? endpoint : null,
                            saml ? idp.getConfig().getOrDefault("entityId", realmUrl) : null,
                            saml ? endpoint + "/descriptor" : null));
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }

    /**
     * @param redirectUri the OIDC redirect URI (and the SAML endpoint)
     * @param acsUrl the SAML assertion consumer service URL
     * @param entityId the SAML service provider's entity id
     * @param metadataUrl Keycloak's SAML service provider metadata of the connection
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceProvider(String redirectUri, String acsUrl, String entityId, String metadataUrl) {}

    record OidcRequest(
            String displayName, String discoveryUrl, String clientId, String clientSecret, Boolean jitEnabled) {}

    record SamlRequest(String displayName, String metadataUrl, String metadataXml, Boolean jitEnabled) {}

    record ConnectionSettings(Boolean enabled, Boolean jitEnabled) {}

    record SecretRequest(String clientSecret) {}

    /** What an admin event shows of a connection: its binding, never the identity provider's secret. */
    record ConnectionEvent(String alias, String tenantId, boolean enabled, boolean jitEnabled) {}

    record ClaimRequest(String domain, Boolean includeSubdomains) {}

    record AppointRequest(String userId) {}

    /** The representation of an admin event's subject. */
    static Object of(Object subject) {
        if (subject instanceof TenantAdmin admin) {
            return admin;
        }
        if (subject instanceof ConnectionBinding binding) {
            return new ConnectionEvent(
                    binding.idpAlias(), binding.organizationId(), binding.enabled(), binding.jitEnabled());
        }
        if (subject instanceof DomainClaim claim) {
            return Claim.of(claim);
        }
        throw new IllegalArgumentException(
                "No representation of " + subject.getClass().getName());
    }
}
