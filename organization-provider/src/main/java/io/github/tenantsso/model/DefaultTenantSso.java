package io.github.tenantsso.model;

import jakarta.persistence.EntityManager;

import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.dns.TxtRecordLookup;
import io.github.tenantsso.importexport.ImportLimits;
import io.github.tenantsso.membership.Memberships;
import io.github.tenantsso.policy.RoutingPolicies;
import io.github.tenantsso.policy.RoutingPolicyStored;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.trust.Trusts;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

final class DefaultTenantSso implements TenantSso {

    private final KeycloakSession session;
    private final DefaultTenantSsoFactory factory;

    DefaultTenantSso(KeycloakSession session, DefaultTenantSsoFactory factory) {
        this.session = session;
        this.factory = factory;
    }

    @Override
    public DomainClaims claims(RealmModel realm) {
        return new DomainClaims(em(), realm.getId());
    }

    @Override
    public ConnectionBindings connections(RealmModel realm) {
        return new ConnectionBindings(em(), realm.getId());
    }

    @Override
    public Trusts trusts(RealmModel realm) {
        return new Trusts(em(), realm.getId());
    }

    @Override
    public Memberships memberships() {
        return new Memberships(em());
    }

    @Override
    public RoutingPolicies policies() {
        return new RoutingPolicies(em(), (realmId, policy) ->
                session.getKeycloakSessionFactory().publish(new RoutingPolicyStored(session, realmId, policy)));
    }

    @Override
    public TxtRecordLookup dns() {
        return factory.dns();
    }

    @Override
    public ImportLimits importLimits() {
        return factory.importLimits();
    }

    @Override
    public DomainIndex index(RealmModel realm) {
        return factory.indexes().get(session, this, realm);
    }

    @Override
    public void changed(RealmModel realm) {
        ModelVersion.bump(realm);
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
