package io.github.tenantsso.wiring;

import io.github.tenantsso.audit.AuditTrail;
import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.dns.RecheckSettings;
import io.github.tenantsso.domain.dns.TxtRecordLookup;
import io.github.tenantsso.membership.Memberships;
import io.github.tenantsso.model.ConnectionSetupSettings;
import io.github.tenantsso.model.ImportLimits;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.RoutingPolicies;
import io.github.tenantsso.policy.RoutingPolicyStored;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.signin.TenantPolicies;
import io.github.tenantsso.tenantadmin.TenantAdmins;
import io.github.tenantsso.trust.Trusts;
import io.github.tenantsso.write.TrustRevocation;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

final class DefaultTenantSso implements TenantSso {

    private final KeycloakSession session;
    private final DefaultTenantSsoFactory factory;
    /** Set once this session changed routing data or the policy: until it commits, the node's copies must not see it. */
    private boolean routingWritten;

    private boolean policyWritten;

    /** Realms whose index this session brings up to date once its changes have committed. */
    private final Set<String> caughtUpAfterCommit = new HashSet<>();

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
        return new ConnectionBindings(
                em(), realm.getId(), binding -> TrustRevocation.severAll(session, realm, binding));
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
    public TenantAdmins tenantAdmins(RealmModel realm) {
        return new TenantAdmins(em(), realm.getId());
    }

    @Override
    public RoutingPolicies policies() {
        return new RoutingPolicies(
                em(),
                policyWritten ? null : factory.policyCache(),
                realmId -> {
                    RealmModel realm = realm(realmId);
                    return realm == null ? "" : ModelVersion.policyOf(realm);
                },
                (realmId, policy) -> {
                    policyWritten = true;
                    ModelVersion.bumpPolicy(realm(realmId));
                    session.getKeycloakSessionFactory().publish(new RoutingPolicyStored(session, realmId, policy));
                });
    }

    @Override
    public TenantPolicies tenantPolicies(RealmModel realm) {
        return new TenantPolicies(em(), realm.getId());
    }

    @Override
    public TxtRecordLookup dns() {
        return factory.dns();
    }

    @Override
    public RecheckSettings recheckSettings() {
        return factory.recheckSettings();
    }

    @Override
    public ImportLimits importLimits() {
        return factory.importLimits();
    }

    @Override
    public ConnectionSetupSettings connectionSetup() {
        return factory.connectionSetup();
    }

    @Override
    public DomainIndex index(RealmModel realm) {
        // A session with uncommitted changes must not publish them to the node's index, nor label it with its version.
        return routingWritten
                ? factory.indexes().lastServed(realm)
                : factory.indexes().get(session, realm);
    }

    @Override
    public void changed(RealmModel realm, RoutingChange change) {
        routingWritten = true;
        long now = Time.currentTimeMillis();
        RoutingChangeLog log = new RoutingChangeLog(em(), realm.getId());
        log.record(change, now);
        if (factory.pruneDue(realm.getId(), now)) {
            log.prune(now, factory.changeLogSettings().retentionMillis());
        }
        ModelVersion.bump(realm);
        if (caughtUpAfterCommit.add(realm.getId())) {
            session.getTransactionManager()
                    .enlistAfterCompletion(new CatchUpAfterCommit(
                            session.getKeycloakSessionFactory(), factory.indexes(), realm.getId()));
        }
    }

    private RealmModel realm(String realmId) {
        RealmModel current = session.getContext().getRealm();
        return current != null && current.getId().equals(realmId)
                ? current
                : session.realms().getRealm(realmId);
    }

    @Override
    public AuditTrail audit(RealmModel realm) {
        return new AuditTrail(em(), realm.getId(), realm.getName(), Time::currentTimeMillis);
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
