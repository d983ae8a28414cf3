package io.github.tenantsso.routing.decision;

import io.github.tenantsso.signin.Mfa;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything {@link MfaSignIn} decides from, gathered by {@link MfaSignInInputs} once the first factor has proved
 * who signs in.
 *
 * @param tenants the tenants whose policy applies to the user, each with its MFA setting: the tenant the login landed
 *                in, the enabled tenants the user is a member of and those with a verified claim on the e-mail's
 *                domain
 * @param signIn  how the user signed in
 */
public record MfaSignInInput(List<Tenant> tenants, SignIn signIn) {

    public MfaSignInInput {
        tenants = List.copyOf(tenants);
        Objects.requireNonNull(signIn, "signIn");
    }

    /** A tenant and when it requires a second factor. */
    public record Tenant(String tenantId, Mfa mfa) {
        public Tenant {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(mfa, "mfa");
        }
    }

    public sealed interface SignIn {}

    /** A sign-in that did not come through an identity provider: a password, as far as the tenants' policy goes. */
    public record Password() implements SignIn {}

    /**
     * A sign-in through an identity provider.
     *
     * @param asserted the authentication context the identity provider asserted: the OIDC ID token's {@code acr} and
     *                 its {@code amr} values, or the SAML assertion's {@code AuthnContextClassRef}
     * @param accepted the values the connection is configured to count as MFA
     */
    public record Sso(List<String> asserted, Set<String> accepted) implements SignIn {
        public Sso {
            asserted = List.copyOf(asserted);
            accepted = Set.copyOf(accepted);
        }
    }
}
