package io.github.tenantsso.routing.decision;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.DomainIndex;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Gathers a {@link RoutingInput} from Keycloak, the one gatherer of the login and of public discovery: the index's
 * candidates and claimants, in the index's order, re-checked against what Keycloak can switch off without the pack
 * hearing of it; the policy; the hint; and, for a login, the tenant the browser remembers.
 */
public final class RoutingInputs {

    private RoutingInputs() {}

    /**
     * @param hint              the tenant hint as the request gave it (id or alias), or {@code null}
     * @param rememberedTenant  the tenant this browser remembers for the e-mail; empty for discovery, which has no
     *                          browser of the user's
     */
    public static RoutingInput gather(
            KeycloakSession session,
            RealmModel realm,
            DomainName domain,
            String hint,
            Optional<String> rememberedTenant) {
        TenantSso model = session.getProvider(TenantSso.class);
        RoutingPolicy policy = model.policies().get(realm.getId());
        DomainIndex index = model.index(realm);
        List<Candidate> candidates = index.candidates(domain).stream()
                .filter(c -> usable(session, c))
                .toList();
        List<String> claiming = index.tenantsClaiming(domain).stream()
                .filter(t -> tenantEnabled(session, t))
                .toList();
        return new RoutingInput(
                domain, index.hint(hint), rememberedTenant.isPresent(), rememberedTenant, policy, candidates, claiming);
    }

    private static boolean usable(KeycloakSession session, Candidate candidate) {
        IdentityProviderModel idp = session.identityProviders().getByAlias(candidate.connectionAlias());
        return idp != null
                && idp.isEnabled()
                && tenantEnabled(session, candidate.ownerTenantId())
                && tenantEnabled(session, candidate.tenantId());
    }

    private static boolean tenantEnabled(KeycloakSession session, String tenantId) {
        OrganizationModel tenant =
                session.getProvider(OrganizationProvider.class).getById(tenantId);
        return tenant != null && tenant.isEnabled();
    }
}
