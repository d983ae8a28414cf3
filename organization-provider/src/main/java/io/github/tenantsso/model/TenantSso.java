package io.github.tenantsso.model;

import io.github.tenantsso.audit.AuditTrail;
import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.dns.RecheckSettings;
import io.github.tenantsso.domain.dns.TxtRecordLookup;
import io.github.tenantsso.membership.Memberships;
import io.github.tenantsso.policy.RoutingPolicies;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.signin.TenantPolicies;
import io.github.tenantsso.tenantadmin.TenantAdmins;
import io.github.tenantsso.trust.Trusts;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * The pack's data, per Keycloak session: {@code session.getProvider(TenantSso.class)}.
 */
public interface TenantSso extends Provider {

    DomainClaims claims(RealmModel realm);

    ConnectionBindings connections(RealmModel realm);

    Trusts trusts(RealmModel realm);

    Memberships memberships();

    /** Who administers which tenant through the portal. */
    TenantAdmins tenantAdmins(RealmModel realm);

    RoutingPolicies policies();

    /** The realm's audit trail: every write service and login step records its event there. */
    AuditTrail audit(RealmModel realm);

    /** The tenants' stored sign-in policies; logins read them from {@link #index} instead. */
    TenantPolicies tenantPolicies(RealmModel realm);

    /** The DNS client verification uses, configured by {@code spi-tenant-sso--default--dns-*}. */
    TxtRecordLookup dns();

    /** How large a pack document an import takes, configured by {@code spi-tenant-sso--default--import-max-*}. */
    ImportLimits importLimits();

    /** How tenant admins set up connections in the portal. */
    ConnectionSetupSettings connectionSetup();

    /** How often DNS-verified claims are looked up again and how long a missing record is tolerated. */
    RecheckSettings recheckSettings();

    /**
     * The realm's routing index, current with the last committed change of the pack's data this node has seen the
     * version of. In a session that changed routing data, the index as before the change.
     */
    DomainIndex index(RealmModel realm);

    /**
     * Records, in the caller's transaction, that routing data changed as {@code change} says, and tells every node
     * (see {@code wiring.ModelVersion}); nodes then re-read exactly that.
     */
    void changed(RealmModel realm, RoutingChange change);

    /** Tells every node that any of the realm's routing data may have changed, as a bulk import does: a full build. */
    default void changed(RealmModel realm) {
        changed(realm, RoutingChange.everything());
    }

    @Override
    default void close() {}
}
