package io.github.tenantsso.routing.decision;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.EmailAddress;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.routing.TenantHint;
import io.github.tenantsso.routing.decision.PasswordSignInInput.Tenant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Gathers a {@link PasswordSignInInput} from Keycloak: the policies from the routing index (never a read of the
 * policy table per login), the claimants as routing sees them, and, after the password, the user's memberships.
 */
public final class PasswordSignInInputs {

    private PasswordSignInInputs() {}

    /**
     * Before the password: the e-mail's domain only, as the e-mail step must decide without looking the user up.
     *
     * @param domain the e-mail's domain, or {@code null} for one no tenant can claim
     * @param hint   the login's tenant hint as the request gave it (id or alias), or {@code null}
     */
    public static PasswordSignInInput beforePassword(
            KeycloakSession session, RealmModel realm, DomainName domain, String hint) {
        DomainIndex index = session.getProvider(TenantSso.class).index(realm);
        return PasswordSignInInput.beforePassword(claimants(session, index, domain), hinted(index, hint));
    }

    /**
     * After the password proved who signs in: the domain of the user's e-mail and the user's memberships.
     *
     * @param hint the login's tenant hint as the request gave it (id or alias), or {@code null}
     */
    public static PasswordSignInInput afterPassword(
            KeycloakSession session, RealmModel realm, UserModel user, String hint) {
        DomainIndex index = session.getProvider(TenantSso.class).index(realm);
        Optional<String> hintedTenant = hinted(index, hint);
        List<Tenant> memberships = session.getProvider(OrganizationProvider.class)
                .getByMember(user)
                .filter(OrganizationModel::isEnabled)
                .map(OrganizationModel::getId)
                .sorted()
                .flatMap(id -> tenant(index, id))
                .toList();
        return PasswordSignInInput.afterPassword(
                claimants(session, index, domainOf(user.getEmail())), memberships, hintedTenant);
    }

    private static List<Tenant> claimants(KeycloakSession session, DomainIndex index, DomainName domain) {
        if (domain == null) {
            return List.of();
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        return index.tenantsClaiming(domain).stream()
                .filter(id -> {
                    // Organizations can be disabled through Keycloak without the pack hearing of it, as routing knows.
                    OrganizationModel tenant = organizations.getById(id);
                    return tenant != null && tenant.isEnabled();
                })
                .flatMap(id -> tenant(index, id))
                .toList();
    }

    private static Optional<String> hinted(DomainIndex index, String hint) {
        return index.hint(hint) instanceof TenantHint.Tenant tenant ? Optional.of(tenant.tenantId()) : Optional.empty();
    }

    private static Stream<Tenant> tenant(DomainIndex index, String tenantId) {
        return index.signInMethods(tenantId).map(methods -> new Tenant(tenantId, methods)).stream();
    }

    private static DomainName domainOf(String email) {
        if (email == null) {
            return null;
        }
        try {
            return EmailAddress.parse(email).domain();
        } catch (InvalidDomainException e) {
            return null;
        }
    }
}
