package io.github.tenantsso.importexport;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.domain.VerificationMethod;
import io.github.tenantsso.model.ConflictException;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.InvalidPolicyException;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.trust.OrganizationGroups;
import io.github.tenantsso.trust.TrustEntity;
import io.github.tenantsso.trust.Trusts;
import org.keycloak.common.util.Time;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Applies a {@link PackDocument} to a realm: creates what is missing and updates what exists, so applying a document
 * twice changes nothing. The first bad entry ends the import with an {@link InvalidPackDocumentException} naming it;
 * the caller's transaction then rolls back every entry before it.
 */
public final class PackImporter {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final TenantSso model;
    private final long now = Time.currentTimeMillis();

    public PackImporter(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.model = session.getProvider(TenantSso.class);
    }

    public void apply(PackDocument document, String importedBy) {
        if (!realm.isOrganizationsEnabled() && !(document.domains().isEmpty() && document.connections().isEmpty() && document.trusts().isEmpty())) {
            throw new InvalidPackDocumentException("Realm " + realm.getName() + " does not have organizations enabled.");
        }
        RoutingPolicy policy = applyPolicy(document.policy());
        for (int i = 0; i < document.connections().size(); i++) {
            applyConnection("connections[" + i + "]", document.connections().get(i));
        }
        for (int i = 0; i < document.domains().size(); i++) {
            applyDomain("domains[" + i + "]", document.domains().get(i), policy);
        }
        for (int i = 0; i < document.trusts().size(); i++) {
            applyTrust("trusts[" + i + "]", document.trusts().get(i), importedBy);
        }
        model.changed(realm);
    }

    private RoutingPolicy applyPolicy(PackDocument.Policy given) {
        RoutingPolicy current = model.policies().get(realm.getId());
        if (given == null) {
            return current;
        }
        try {
            RoutingPolicy policy = new RoutingPolicy(
                    given.crossTenantDomainSharing() == null ? current.crossTenantDomainSharing() : given.crossTenantDomainSharing(),
                    given.ambiguousNewUser() == null ? current.ambiguousNewUser() : RoutingPolicy.parseAmbiguousNewUser(given.ambiguousNewUser()),
                    given.activeTenantLogin() == null ? current.activeTenantLogin() : given.activeTenantLogin(),
                    given.hintParameter() == null ? current.hintParameter() : given.hintParameter());
            if (current.crossTenantDomainSharing() != policy.crossTenantDomainSharing()) {
                if (!policy.crossTenantDomainSharing() && !model.claims(realm).sharedVerifiedDomains().isEmpty()) {
                    throw new InvalidPackDocumentException("policy: domain sharing cannot be turned off while domains "
                            + model.claims(realm).sharedVerifiedDomains() + " are verified by more than one organization.");
                }
                model.claims(realm).guardExclusiveDomains(!policy.crossTenantDomainSharing());
            }
            model.policies().put(realm.getId(), policy, now);
            return policy;
        } catch (InvalidPolicyException e) {
            throw new InvalidPackDocumentException("policy." + e.field() + ": " + e.getMessage());
        }
    }

    private void applyConnection(String where, PackDocument.Connection given) {
        OrganizationModel tenant = tenant(where, given.tenant());
        IdentityProviderModel idp = given.alias() == null ? null : session.identityProviders().getByAlias(given.alias());
        if (idp == null) {
            throw new InvalidPackDocumentException(where + ": no identity provider with alias '" + given.alias() + "'.");
        }
        if (idp.getOrganizationId() == null) {
            session.getProvider(OrganizationProvider.class).addIdentityProvider(tenant, idp);
        } else if (!idp.getOrganizationId().equals(tenant.getId())) {
            throw new InvalidPackDocumentException(where + ": identity provider '" + given.alias() + "' belongs to another organization than '" + given.tenant() + "'.");
        }
        ConnectionBindings bindings = model.connections(realm);
        ConnectionBindingEntity binding = bindings.find(idp.getAlias())
                .orElseGet(() -> bindings.bind(idp.getAlias(), tenant.getId(), null, now));
        if (given.enabled() != null) {
            binding.setEnabled(given.enabled());
        }
        if (given.jitEnabled() != null) {
            binding.setJitEnabled(given.jitEnabled());
        }
        if (given.createdAt() != null) {
            binding.setCreatedAt(given.createdAt());
        }
    }

    private void applyDomain(String where, PackDocument.Domain given, RoutingPolicy policy) {
        OrganizationModel tenant = tenant(where, given.tenant());
        DomainName domain;
        try {
            domain = DomainName.parse(given.domain());
        } catch (InvalidDomainException e) {
            throw new InvalidPackDocumentException(where + ".domain: " + e.getMessage());
        }
        if (given.verificationToken() != null && !TOKEN.matcher(given.verificationToken()).matches()) {
            throw new InvalidPackDocumentException(where + ".verificationToken: 16 to 64 letters, digits, '-' or '_'.");
        }
        VerificationMethod method = Boolean.TRUE.equals(given.verified()) ? method(where, given.verificationMethod()) : null;
        try {
            model.claims(realm).restore(tenant.getId(), domain, Boolean.TRUE.equals(given.includeSubdomains()),
                    given.verificationToken(), given.createdAt(), given.verified(), method, given.verifiedAt(),
                    policy.crossTenantDomainSharing(), now);
        } catch (ConflictException e) {
            throw new InvalidPackDocumentException(where + ": " + e.getMessage());
        }
    }

    private void applyTrust(String where, PackDocument.Trust given, String importedBy) {
        OrganizationModel trusting = tenant(where, given.tenant());
        ConnectionBindingEntity connection = given.connection() == null ? null : model.connections(realm).find(given.connection()).orElse(null);
        if (connection == null) {
            throw new InvalidPackDocumentException(where + ": the connection '" + given.connection() + "' is not bound to an organization.");
        }
        List<String> groupIds = given.groupIds() == null ? List.of() : given.groupIds();
        for (String groupId : groupIds) {
            if (!OrganizationGroups.belongsTo(session, realm, trusting, groupId)) {
                throw new InvalidPackDocumentException(where + ": '" + groupId + "' is not a group of organization '" + given.tenant() + "'.");
            }
        }
        Trusts trusts = model.trusts(realm);
        TrustEntity trust;
        try {
            trust = trusts.find(trusting.getId(), connection)
                    .orElseGet(() -> trusts.create(trusting.getId(), connection, false, List.of(), importedBy, now));
        } catch (ConflictException e) {
            throw new InvalidPackDocumentException(where + ": " + e.getMessage());
        }
        trust.setJitEnabled(Boolean.TRUE.equals(given.jitEnabled()));
        trust.setGroupIds(groupIds.isEmpty() ? null : String.join(",", groupIds));
        if (given.createdAt() != null) {
            trust.setCreatedAt(given.createdAt());
        }
    }

    private OrganizationModel tenant(String where, String alias) {
        OrganizationModel tenant = alias == null ? null : session.getProvider(OrganizationProvider.class).getByAlias(alias);
        if (tenant == null) {
            throw new InvalidPackDocumentException(where + ": no organization with alias '" + alias + "'.");
        }
        return tenant;
    }

    private static VerificationMethod method(String where, String method) {
        if (method == null) {
            return VerificationMethod.ADMIN;
        }
        try {
            return VerificationMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPackDocumentException(where + ".verificationMethod: DNS or ADMIN, not '" + method + "'.");
        }
    }
}
