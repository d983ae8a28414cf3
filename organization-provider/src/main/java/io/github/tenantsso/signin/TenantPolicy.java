package io.github.tenantsso.signin;

import java.util.Objects;

/**
 * A tenant's sign-in policy as stored.
 *
 * @param tenantId      the tenant (organization id)
 * @param signInMethods how its members and verified-domain users may sign in
 * @param mfa           when they must give a second factor
 * @param sessionLimits how long its sessions may live
 * @param updatedAt     when it was last stored, epoch milliseconds
 */
public record TenantPolicy(
        String tenantId, SignInMethods signInMethods, Mfa mfa, SessionLimits sessionLimits, long updatedAt) {

    public TenantPolicy {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(signInMethods, "signInMethods");
        Objects.requireNonNull(mfa, "mfa");
        Objects.requireNonNull(sessionLimits, "sessionLimits");
    }
}
