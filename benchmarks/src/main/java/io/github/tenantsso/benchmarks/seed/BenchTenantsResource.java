package io.github.tenantsso.benchmarks.seed;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.GroupModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.cache.CacheRealmProvider;
import org.keycloak.models.jpa.entities.GroupEntity;
import org.keycloak.models.jpa.entities.IdentityProviderEntity;
import org.keycloak.models.jpa.entities.OrganizationDomainEntity;
import org.keycloak.models.jpa.entities.OrganizationEntity;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.RepresentationToModel;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.services.ErrorResponse;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code POST /admin/realms/{realm}/bench-tenants?perTransaction=n}: creates a batch of benchmark tenants,
 * {@code perTransaction} in each transaction of its own, one after the other, by persisting the JPA entities that
 * Keycloak's own calls persist (organization, its domains and internal group; identity provider with its
 * organization id, converted from its representation by {@code RepresentationToModel} as the admin endpoint does),
 * then clears the realm cache, which covers organizations and identity providers.
 *
 * <p>Not through Keycloak's provider calls: {@code OrganizationProvider.create}, the organization's domains and the
 * identity provider create each run validation queries (name, alias and domain unique in the realm, the last one
 * without an index on H2) before which Hibernate flushes, plus an explicit flush per identity provider and per group;
 * at 60 ms of server CPU per tenant that made 100,000 tenants a matter of hours on this machine. The benchmark's
 * tenants are unique by construction. Keycloak's event listeners do not run, the pack's included: the pack's
 * connection bindings come from the pack's import, which the load benchmark measures. Earlier transactions stay
 * committed when a later one fails: this is a benchmark's setup, not an import.
 */
public final class BenchTenantsResource {

    static final int MAX_BATCH = 5_000;
    static final int MAX_PER_TRANSACTION = 1_000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    BenchTenantsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    /** Bytes the pack keeps on this node for all realms (see {@link PackFootprint}); call it after a GC. */
    @GET
    @Path("pack-footprint")
    @Produces(MediaType.TEXT_PLAIN)
    public String packFootprint() {
        auth.realm().requireViewRealm();
        return Long.toString(PackFootprint.bytes(session.getKeycloakSessionFactory()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@QueryParam("perTransaction") Integer perTransaction, List<BenchTenant> tenants) {
        auth.orgs().requireManage();
        auth.realm().requireManageIdentityProviders();
        if (tenants == null || tenants.isEmpty() || tenants.size() > MAX_BATCH) {
            throw ErrorResponse.error("between 1 and " + MAX_BATCH + " tenants per batch", Response.Status.BAD_REQUEST);
        }
        int chunk = perTransaction == null ? 500 : perTransaction;
        if (chunk < 1 || chunk > MAX_PER_TRANSACTION) {
            throw ErrorResponse.error(
                    "perTransaction between 1 and " + MAX_PER_TRANSACTION, Response.Status.BAD_REQUEST);
        }
        String realmId = realm.getId();
        for (int from = 0; from < tenants.size(); from += chunk) {
            List<BenchTenant> part = tenants.subList(from, Math.min(tenants.size(), from + chunk));
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), job -> {
                RealmModel jobRealm = job.realms().getRealm(realmId);
                job.getContext().setRealm(jobRealm);
                EntityManager em = job.getProvider(JpaConnectionProvider.class).getEntityManager();
                // Converted first: the conversion looks each alias up, and a query flushes what is persisted before it.
                List<IdentityProviderModel> identityProviders = part.stream()
                        .map(tenant -> tenant.identityProvider() == null
                                ? null
                                : RepresentationToModel.toModel(jobRealm, tenant.identityProvider(), job))
                        .toList();
                for (int i = 0; i < part.size(); i++) {
                    persist(em, jobRealm, part.get(i).organization(), identityProviders.get(i));
                }
            });
        }
        session.getProvider(CacheRealmProvider.class).clear();
        return Response.noContent().build();
    }

    private static void persist(
            EntityManager em, RealmModel realm, OrganizationRepresentation rep, IdentityProviderModel model) {
        OrganizationEntity organization = new OrganizationEntity();
        organization.setId(KeycloakModelUtils.generateId());
        organization.setRealmId(realm.getId());
        organization.setName(rep.getName());
        organization.setAlias(rep.getAlias());
        organization.setEnabled(rep.isEnabled());
        organization.setDescription(rep.getDescription());
        organization.setRedirectUrl(rep.getRedirectUrl());

        GroupEntity group = new GroupEntity();
        group.setId(KeycloakModelUtils.generateId());
        group.setName(organization.getId());
        group.setRealm(realm.getId());
        group.setParentId(GroupEntity.TOP_PARENT_ID);
        group.setType(GroupModel.Type.ORGANIZATION.intValue());
        long now = Time.currentTimeMillis();
        group.setCreatedTimestamp(now);
        group.setLastModifiedTimestamp(now);
        organization.setGroupId(group.getId());
        em.persist(group);

        if (rep.getDomains() != null) {
            for (OrganizationDomainRepresentation domain : rep.getDomains()) {
                OrganizationDomainEntity entity = new OrganizationDomainEntity();
                entity.setId(KeycloakModelUtils.generateId());
                entity.setName(domain.getName());
                entity.setVerified(domain.isVerified());
                entity.setOrganization(organization);
                organization.addDomain(entity);
            }
        }
        em.persist(organization);
        group.setOrganization(organization);

        if (model != null) {
            IdentityProviderEntity idp = new IdentityProviderEntity();
            idp.setInternalId(KeycloakModelUtils.generateId());
            idp.setAlias(model.getAlias());
            idp.setRealmId(realm.getId());
            idp.setDisplayName(model.getDisplayName());
            idp.setProviderId(model.getProviderId());
            idp.setEnabled(model.isEnabled());
            idp.setStoreToken(model.isStoreToken());
            idp.setAddReadTokenRoleOnCreate(model.isAddReadTokenRoleOnCreate());
            idp.setTrustEmail(model.isTrustEmail());
            idp.setAuthenticateByDefault(model.isAuthenticateByDefault());
            idp.setFirstBrokerLoginFlowId(model.getFirstBrokerLoginFlowId());
            idp.setPostBrokerLoginFlowId(model.getPostBrokerLoginFlowId());
            idp.setOrganizationId(organization.getId());
            idp.setConfig(model.getConfig());
            idp.setLinkOnly(model.isLinkOnly());
            idp.setHideOnLogin(model.isHideOnLogin());
            em.persist(idp);
        }
    }
}
