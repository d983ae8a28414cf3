package io.github.tenantsso.model;

import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.dns.TxtRecordLookup;
import io.github.tenantsso.importexport.ImportLimits;
import io.github.tenantsso.membership.Memberships;
import io.github.tenantsso.policy.RoutingPolicies;
import io.github.tenantsso.routing.DomainIndex;
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

    RoutingPolicies policies();

    /** The DNS client verification uses, configured by {@code spi-tenant-sso--default--dns-*}. */
    TxtRecordLookup dns();

    /** How large a pack document an import takes, configured by {@code spi-tenant-sso--default--import-max-*}. */
    ImportLimits importLimits();

    /** The realm's routing index, current with the last committed change of the pack's data. */
    DomainIndex index(RealmModel realm);

    /** Tells every node that the realm's routing data changed (see {@link ModelVersion}). */
    void changed(RealmModel realm);

    @Override
    default void close() {
    }
}
