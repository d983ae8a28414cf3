package io.github.tenantsso.importexport;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The pack's data of one realm as JSON: what {@code GET .../tenant-sso/export} returns and what a realm import reads
 * from the realm attribute {@value #REALM_ATTRIBUTE}. Tenants and connections are named by alias, so a document
 * moves between realms (and servers) whose ids differ.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PackDocument(Policy policy, List<Domain> domains, List<Connection> connections, List<Trust> trusts) {

    public static final String REALM_ATTRIBUTE = "tenant-sso";

    public PackDocument {
        domains = domains == null ? List.of() : List.copyOf(domains);
        connections = connections == null ? List.of() : List.copyOf(connections);
        trusts = trusts == null ? List.of() : List.copyOf(trusts);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Policy(Boolean crossTenantDomainSharing, String ambiguousNewUser, Boolean activeTenantLogin, String hintParameter) {
    }

    /**
     * @param tenant             alias of the organization
     * @param verificationToken  kept, so that a published DNS record stays valid; a new one is made when absent
     * @param createdAt          epoch milliseconds; FIRST_CREATED routing orders by it (now when absent)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Domain(String tenant, String domain, Boolean includeSubdomains, Boolean verified, String verificationMethod,
                         String verificationToken, Long createdAt, Long verifiedAt) {
    }

    /** @param alias the identity provider's alias; @param tenant alias of the organization that owns it */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Connection(String alias, String tenant, Boolean enabled, Boolean jitEnabled, Long createdAt) {
    }

    /**
     * @param tenant     alias of the trusting organization
     * @param connection alias of the trusted identity provider
     * @param groupIds   organization groups to assign; ids that do not exist in the target realm are refused
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trust(String tenant, String connection, Boolean jitEnabled, List<String> groupIds, Long createdAt) {
    }
}
