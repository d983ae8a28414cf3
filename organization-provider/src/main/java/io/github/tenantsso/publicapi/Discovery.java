package io.github.tenantsso.publicapi;

import java.util.List;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.model.TenantHints;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.routing.SsoOptions;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Answers "where would this e-mail sign in?" for an anonymous caller, from the routing index and policy.
 */
final class Discovery {

    private final KeycloakSession session;
    private final RealmModel realm;

    Discovery(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The body of a discovery answer: the options carry no tenant ids, only what a login page would show. */
    record Answer(String domain, String reason, List<Option> options) {
    }

    record Option(String alias, String displayName) {
    }

    Answer discover(DomainName domain, String hint) {
        TenantSso model = session.getProvider(TenantSso.class);
        RoutingPolicy policy = model.policies().get(realm.getId());
        DomainIndex index = model.index(realm);
        List<Candidate> candidates = index.candidates(domain).stream().filter(this::usable).toList();
        List<String> claiming = index.tenantsClaiming(domain).stream().filter(this::tenantEnabled).toList();

        SsoOptions options = SsoOptions.decide(candidates, claiming, TenantHints.resolve(session, realm, hint), policy.ambiguousNewUser());
        return new Answer(domain.value(), options.reason().name(), options.connections().stream()
                .map(Candidate::connectionAlias)
                .distinct()
                .map(this::option)
                .toList());
    }

    /** Re-checks what Keycloak can switch off without the pack hearing of it. */
    private boolean usable(Candidate candidate) {
        IdentityProviderModel idp = session.identityProviders().getByAlias(candidate.connectionAlias());
        return idp != null && idp.isEnabled() && tenantEnabled(candidate.ownerTenantId()) && tenantEnabled(candidate.tenantId());
    }

    private boolean tenantEnabled(String tenantId) {
        OrganizationModel tenant = session.getProvider(OrganizationProvider.class).getById(tenantId);
        return tenant != null && tenant.isEnabled();
    }

    private Option option(String alias) {
        IdentityProviderModel idp = session.identityProviders().getByAlias(alias);
        String displayName = idp.getDisplayName() == null || idp.getDisplayName().isBlank() ? alias : idp.getDisplayName();
        return new Option(alias, displayName);
    }
}
