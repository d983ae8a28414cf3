package io.github.tenantsso.wiring;

import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.domain.DomainClaim;
import io.github.tenantsso.domain.KeycloakDomains;
import io.github.tenantsso.importexport.InvalidPackDocumentException;
import io.github.tenantsso.importexport.PackDocument;
import io.github.tenantsso.importexport.PackDocuments;
import io.github.tenantsso.importexport.PackImporter;
import io.github.tenantsso.landing.Provisioning;
import io.github.tenantsso.membership.Memberships;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.PolicyCache;
import io.github.tenantsso.revocation.Revoked;
import io.github.tenantsso.revocation.SessionRevoker;
import io.github.tenantsso.write.ConnectionWrites;
import io.github.tenantsso.write.RoutingVersions;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Keeps the pack's rows in step with Keycloak: removes them with their realm, tenant, identity provider or user;
 * mirrors Keycloak's link between identity provider and organization as a connection binding; dates memberships.
 * Runs inside the transaction of the change that fired the event, so both commit or roll back together.
 */
final class KeycloakModelSync implements ProviderEventListener {

    private final RoutingIndexes indexes;
    private final PolicyCache policyCache;

    KeycloakModelSync(RoutingIndexes indexes, PolicyCache policyCache) {
        this.indexes = indexes;
        this.policyCache = policyCache;
    }

    private static final String[] REALM_CLEANUP = {
        "tssoDeleteTrustsOfRealm", "tssoDeleteConnectionsOfRealm", "tssoDeleteClaimsOfRealm",
        "tssoDeleteMembershipsOfRealm", "tssoDeleteActiveTenantsOfRealm", "tssoDeletePolicyOfRealm",
        "tssoDeleteRoutingChangesOfRealm", "tssoDeleteTenantAdminsOfRealm", "tssoDeleteTenantPoliciesOfRealm",
        "tssoDeleteAuditTenantsOfRealm", "tssoDeleteAuditEventsOfRealm"
    };
    private static final String[] TENANT_CLEANUP = {
        "tssoDeleteTrustsOfTenant",
        "tssoDeleteConnectionsOfTenant",
        "tssoDeleteClaimsOfTenant",
        "tssoDeleteMembershipsOfTenant",
        "tssoDeleteActiveTenantsOfTenant",
        "tssoDeleteTenantAdminsOfTenant",
        "tssoDeleteTenantPolicyOfTenant"
    };

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof RealmModel.RealmPostCreateEvent created) {
            ModelVersion.ensure(created.getCreatedRealm());
            importPackSection(created.getKeycloakSession(), created.getCreatedRealm());
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            deleteAll(
                    removed.getKeycloakSession(),
                    REALM_CLEANUP,
                    "realmId",
                    removed.getRealm().getId());
            indexes.forget(removed.getRealm().getId());
            policyCache.forget(removed.getRealm().getId());
        } else if (event instanceof OrganizationModel.OrganizationRemovedEvent removed) {
            organizationRemoved(removed.getKeycloakSession(), removed.getOrganization());
        } else if (event instanceof RealmModel.IdentityProviderRemovedEvent removed) {
            connectionWrites(removed.getKeycloakSession(), removed.getRealm())
                    .keycloakRemoved(removed.getRemovedIdentityProvider().getAlias());
        } else if (event instanceof RealmModel.IdentityProviderUpdatedEvent updated) {
            connectionWrites(updated.getKeycloakSession(), updated.getRealm())
                    .keycloakUpdated(updated.getUpdatedIdentityProvider(), Time.currentTimeMillis());
        } else if (event instanceof UserModel.UserRemovedEvent removed) {
            deleteAll(
                    removed.getKeycloakSession(),
                    new String[] {
                        "tssoDeleteMembershipsOfUser", "tssoDeleteActiveTenantOfUser", "tssoDeleteTenantAdminsOfUser"
                    },
                    "userId",
                    removed.getUser().getId());
        } else if (event instanceof OrganizationModel.OrganizationMemberJoinEvent joined) {
            KeycloakSession session = joined.getSession();
            new Memberships(em(session))
                    .joined(
                            session.getContext().getRealm().getId(),
                            joined.getUser().getId(),
                            joined.getOrganization().getId(),
                            Time.currentTimeMillis());
            if (!Provisioning.membership(
                            joined.getOrganization().getId(), joined.getUser().getId())
                    .equals(session.getAttribute(Provisioning.AUDITED_JOIN))) {
                membershipChanged(session, "JOINED", joined.getOrganization(), joined.getUser());
            }
        } else if (event instanceof OrganizationModel.OrganizationMemberLeaveEvent left) {
            memberLeft(left.getSession(), left.getOrganization(), left.getUser());
        }
    }

    /**
     * The tenant's rows go with it. Its domains may now be shown for another tenant that claims them too
     * ({@link KeycloakDomains}): Keycloak removes the organization's own domain rows only after this event, so they
     * are emptied first, or Keycloak would refuse them to the other tenant.
     */
    private static void organizationRemoved(KeycloakSession session, OrganizationModel tenant) {
        RealmModel realm = session.getContext().getRealm();
        Set<String> domains = realm == null
                ? Set.of()
                : model(session).claims(realm).ofTenant(tenant.getId()).stream()
                        .map(DomainClaim::domain)
                        .collect(Collectors.toSet());
        deleteAll(session, TENANT_CLEANUP, "organizationId", tenant.getId());
        if (realm != null) {
            RoutingVersions.each(model(session), realm).changed(RoutingChange.tenant(tenant.getId()));
            // As Keycloak does: a realm being removed takes every organization's domains with it.
            if (session.realms().getRealm(realm.getId()) != null) {
                tenant.setDomains(Set.of());
                new KeycloakDomains(
                                session,
                                realm,
                                session.getProvider(TenantSso.class).claims(realm))
                        .follow(domains);
            }
        }
    }

    /**
     * Whoever removed the member (an admin, a severed trust), the user's sessions in the tenant end and their other
     * sessions may not provision them back into it; the active tenant falls back to the oldest remaining membership.
     * Only members administer a tenant, so a tenant admin's grant goes with the membership.
     */
    private static void memberLeft(KeycloakSession session, OrganizationModel tenant, UserModel user) {
        Memberships memberships = new Memberships(em(session));
        boolean wasActive = memberships
                .activeTenant(user.getId())
                .filter(tenant.getId()::equals)
                .isPresent();
        memberships.left(user.getId(), tenant.getId(), Time.currentTimeMillis());
        RealmModel realm = session.getContext().getRealm();
        if (realm != null) {
            model(session).tenantAdmins(realm).remove(tenant.getId(), user.getId());
            SessionRevoker.revoke(session, realm, user, new Revoked.Membership(tenant.getId(), wasActive));
        }
        membershipChanged(session, "LEFT", tenant, user);
    }

    /**
     * A membership changed through Keycloak's own API (an admin, a severed trust): Keycloak's events do not say who
     * made the change, so the event names no actor; Keycloak's own admin event of the request does.
     */
    private static void membershipChanged(
            KeycloakSession session, String action, OrganizationModel tenant, UserModel user) {
        RealmModel realm = session.getContext().getRealm();
        if (realm != null) {
            model(session)
                    .audit(realm)
                    .record(AuditEvent.of(AuditType.MEMBERSHIP_CHANGE, action)
                            .tenant(tenant.getId())
                            .detail("userId", user.getId()));
        }
    }

    /**
     * A realm imported from JSON may carry the pack's data in the realm attribute {@value PackDocument#REALM_ATTRIBUTE}:
     * applied here, after Keycloak has imported the organizations and identity providers it names, then removed. A bad
     * section fails the whole import rather than leaving a realm half-configured.
     */
    private static void importPackSection(KeycloakSession session, RealmModel realm) {
        String json = realm.getAttribute(PackDocument.REALM_ATTRIBUTE);
        if (json == null) {
            return;
        }
        try {
            TenantSso model = session.getProvider(TenantSso.class);
            new PackImporter(session, realm).apply(PackDocuments.parse(json, model.importLimits()), null);
        } catch (InvalidPackDocumentException e) {
            throw new ModelException(
                    "Realm " + realm.getName() + ", attribute " + PackDocument.REALM_ATTRIBUTE + ": " + e.getMessage(),
                    e);
        }
        realm.removeAttribute(PackDocument.REALM_ATTRIBUTE);
    }

    private static ConnectionWrites connectionWrites(KeycloakSession session, RealmModel realm) {
        return new ConnectionWrites(session, realm, RoutingVersions.each(model(session), realm));
    }

    private static void deleteAll(KeycloakSession session, String[] queries, String parameter, String value) {
        EntityManager em = em(session);
        for (String query : queries) {
            em.createNamedQuery(query).setParameter(parameter, value).executeUpdate();
        }
    }

    private static TenantSso model(KeycloakSession session) {
        return session.getProvider(TenantSso.class);
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
