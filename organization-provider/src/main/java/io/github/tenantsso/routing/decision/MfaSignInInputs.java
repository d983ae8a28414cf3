package io.github.tenantsso.routing.decision;

import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.routing.decision.MfaSignInInput.Tenant;
import io.github.tenantsso.signin.Mfa;
import io.github.tenantsso.signin.TenantPolicies;
import io.github.tenantsso.signin.TenantPolicy;
import java.util.LinkedHashSet;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Gathers an {@link MfaSignInInput} from Keycloak: the user's tenants as {@link PasswordSignInInputs} finds them
 * (members and verified-domain users, the same reach as the sign-in methods), the tenant the login landed in, and each
 * one's stored MFA setting, read by key.
 */
public final class MfaSignInInputs {

    private MfaSignInInputs() {}

    /** @param landedTenant the tenant the login landed in (a broker login's), or {@code null} */
    public static MfaSignInInput gather(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            String landedTenant,
            MfaSignInInput.SignIn signIn) {
        PasswordSignInInput reach = PasswordSignInInputs.afterPassword(session, realm, user, null);
        Set<String> tenantIds = new LinkedHashSet<>();
        if (landedTenant != null) {
            tenantIds.add(landedTenant);
        }
        reach.memberships().orElseThrow().forEach(tenant -> tenantIds.add(tenant.tenantId()));
        reach.claimants().forEach(tenant -> tenantIds.add(tenant.tenantId()));
        TenantPolicies policies = session.getProvider(TenantSso.class).tenantPolicies(realm);
        return new MfaSignInInput(
                tenantIds.stream()
                        .map(id -> new Tenant(
                                id, policies.find(id).map(TenantPolicy::mfa).orElse(Mfa.OFF)))
                        .toList(),
                signIn);
    }
}
