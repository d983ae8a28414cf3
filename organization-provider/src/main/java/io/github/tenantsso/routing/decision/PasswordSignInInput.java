package io.github.tenantsso.routing.decision;

import io.github.tenantsso.signin.SignInMethods;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link PasswordSignIn} decides from, gathered by {@link PasswordSignInInputs}: tenants with the sign-in
 * policy in effect for each, all from the routing index.
 *
 * @param claimants    the enabled tenants with a verified claim on the e-mail's domain, first created first
 * @param memberships  the enabled tenants the user is a member of; empty before the password proved who signs in
 *                     (the e-mail step, which must not look the user up)
 * @param hintedTenant the tenant the login's hint names, if any: where an SSO-only member is sent first
 */
public record PasswordSignInInput(
        List<Tenant> claimants, Optional<List<Tenant>> memberships, Optional<String> hintedTenant) {

    /** A tenant and the sign-in methods it allows. */
    public record Tenant(String tenantId, SignInMethods methods) {
        public Tenant {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(methods, "methods");
        }
    }

    public PasswordSignInInput {
        claimants = List.copyOf(claimants);
        memberships = memberships.map(List::copyOf);
        Objects.requireNonNull(hintedTenant, "hintedTenant");
    }

    /** Before the password: the e-mail's domain only. */
    public static PasswordSignInInput beforePassword(List<Tenant> claimants, Optional<String> hintedTenant) {
        return new PasswordSignInInput(claimants, Optional.empty(), hintedTenant);
    }

    /** After the password was verified: the domain and the user's memberships. */
    public static PasswordSignInInput afterPassword(
            List<Tenant> claimants, List<Tenant> memberships, Optional<String> hintedTenant) {
        return new PasswordSignInInput(claimants, Optional.of(memberships), hintedTenant);
    }
}
