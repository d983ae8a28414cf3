package io.github.tenantsso.write;

import io.github.tenantsso.audit.AuditActions;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.signin.InvalidTenantPolicyException;
import io.github.tenantsso.signin.Mfa;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.SignInMethods;
import io.github.tenantsso.signin.TenantPolicies;
import io.github.tenantsso.signin.TenantPolicy;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.RealmModel;

/**
 * Every change of a tenant's sign-in policy (admin API, import): validates it, stores it, records the change for the
 * routing index, which carries the policy to every login, and records the admin event. The caller has already found
 * the tenant in this realm.
 */
public final class TenantPolicyWrites {

    public static final String RESOURCE = "TENANT_POLICY";

    private final TenantSso model;
    private final RealmModel realm;
    private final TenantPolicies policies;
    private final RoutingVersions versions;

    public TenantPolicyWrites(TenantSso model, RealmModel realm, RoutingVersions versions) {
        this.model = model;
        this.policies = model.tenantPolicies(realm);
        this.versions = versions;
        this.realm = realm;
    }

    /**
     * A tenant's policy in effect.
     *
     * @param byDefault true when the tenant has stored none and has the default
     */
    public record InEffect(
            String tenantId, SignInMethods signInMethods, Mfa mfa, SessionLimits sessionLimits, boolean byDefault) {}

    /** The stored policy, else the default as the routing index derives it from the tenant's connections. */
    public InEffect current(String tenantId) {
        return policies.find(tenantId)
                .map(stored ->
                        new InEffect(tenantId, stored.signInMethods(), stored.mfa(), stored.sessionLimits(), false))
                .orElseGet(() -> new InEffect(
                        tenantId,
                        model.index(realm).signInMethods(tenantId).orElse(SignInMethods.defaultFor(false)),
                        Mfa.OFF,
                        SessionLimits.REALM,
                        true));
    }

    /**
     * Stores the tenant's policy and records {@code UPDATE} (also when it changed nothing).
     *
     * @param signInMethods as the request names it
     * @param mfa           as the request names it; none is {@link Mfa#OFF}
     * @param maxSessionAge the tenant's maximum session age in seconds, null for the realm's
     * @param maxIdle       the tenant's maximum idle time in seconds, null for the realm's
     * @throws InvalidTenantPolicyException for a value that is none of {@link SignInMethods} or {@link Mfa}, or a
     *     limit that is not positive or longer than the realm's; nothing is stored
     */
    public InEffect put(
            String tenantId,
            String signInMethods,
            String mfa,
            Integer maxSessionAge,
            Integer maxIdle,
            long now,
            AdminEvents events) {
        SignInMethods methods = SignInMethods.parse(signInMethods);
        TenantPolicy stored = store(tenantId, methods, Mfa.parse(mfa), limits(maxSessionAge, maxIdle), now);
        InEffect written = new InEffect(tenantId, stored.signInMethods(), stored.mfa(), stored.sessionLimits(), false);
        model.audit(realm)
                .record(AuditEvent.of(AuditType.POLICY_CHANGE, AuditActions.UPDATED)
                        .reason("TENANT_POLICY")
                        .tenant(tenantId)
                        .actor(events.actor())
                        .detail("signInMethods", written.signInMethods())
                        .detail("mfa", written.mfa())
                        .detail("maxSessionAgeSeconds", written.sessionLimits().maxSessionAgeSeconds())
                        .detail("maxIdleSeconds", written.sessionLimits().maxIdleSeconds()));
        events.record(RESOURCE, OperationType.UPDATE, written, details(tenantId));
        return written;
    }

    /**
     * The limits as a request or an import gives them, checked against this realm's SSO session limits.
     *
     * @throws InvalidTenantPolicyException for a limit that is not positive or longer than the realm's
     */
    public SessionLimits limits(Integer maxSessionAge, Integer maxIdle) {
        return SessionLimits.of(
                maxSessionAge, maxIdle, realm.getSsoSessionMaxLifespan(), realm.getSsoSessionIdleTimeout());
    }

    /** Stores values already checked, as an import does (its own event covers it); storing the same changes nothing. */
    public TenantPolicy store(String tenantId, SignInMethods methods, Mfa mfa, SessionLimits limits, long now) {
        TenantPolicy before = policies.find(tenantId).orElse(null);
        if (before != null
                && before.signInMethods() == methods
                && before.mfa() == mfa
                && before.sessionLimits().equals(limits)) {
            return before;
        }
        TenantPolicy stored = policies.put(tenantId, methods, mfa, limits, now);
        versions.changed(RoutingChange.tenant(tenantId));
        return stored;
    }

    /** Removes the stored policy, so the default applies again, and records {@code DELETE} if there was one. */
    public boolean reset(String tenantId, AdminEvents events) {
        TenantPolicy removed = policies.find(tenantId).orElse(null);
        if (removed == null) {
            return false;
        }
        policies.remove(tenantId);
        versions.changed(RoutingChange.tenant(tenantId));
        model.audit(realm)
                .record(AuditEvent.of(AuditType.POLICY_CHANGE, "RESET")
                        .reason("TENANT_POLICY")
                        .tenant(tenantId)
                        .actor(events.actor()));
        events.record(RESOURCE, OperationType.DELETE, removed, details(tenantId));
        return true;
    }

    private static Map<String, String> details(String tenantId) {
        return Map.of(TenantAdminWrites.TENANT_DETAIL, tenantId);
    }
}
