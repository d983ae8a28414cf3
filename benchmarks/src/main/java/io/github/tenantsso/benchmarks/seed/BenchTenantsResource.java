package io.github.tenantsso.benchmarks.seed;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.RepresentationToModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.ErrorResponse;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code POST /admin/realms/{realm}/bench-tenants?perTransaction=n}: creates a batch of benchmark tenants through
 * the same model calls as Keycloak's admin endpoints (organization create and representation, identity provider
 * create, link), so every listener, the pack's included, runs as it does for an admin; {@code perTransaction} tenants
 * in each transaction of its own, one after the other. Small transactions are the point: Hibernate flushes the whole
 * persistence context before each query and on each identity provider create, so one transaction of n tenants costs
 * n squared (Keycloak's realm import of organizations is slow for that reason; 500 tenants in one transaction took
 * 200 s here), while one admin call per object pays a request, a token check and a commit for each.
 * Earlier transactions stay committed when a later one fails: this is a benchmark's setup, not an import.
 */
public final class BenchTenantsResource {

    static final int MAX_BATCH = 5_000;
    static final int MAX_PER_TRANSACTION = 500;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    BenchTenantsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@QueryParam("perTransaction") Integer perTransaction, List<BenchTenant> tenants) {
        auth.orgs().requireManage();
        auth.realm().requireManageIdentityProviders();
        if (tenants == null || tenants.isEmpty() || tenants.size() > MAX_BATCH) {
            throw ErrorResponse.error("between 1 and " + MAX_BATCH + " tenants per batch", Response.Status.BAD_REQUEST);
        }
        int chunk = perTransaction == null ? 20 : perTransaction;
        if (chunk < 1 || chunk > MAX_PER_TRANSACTION) {
            throw ErrorResponse.error("perTransaction between 1 and " + MAX_PER_TRANSACTION, Response.Status.BAD_REQUEST);
        }
        String realmId = realm.getId();
        for (int from = 0; from < tenants.size(); from += chunk) {
            List<BenchTenant> part = tenants.subList(from, Math.min(tenants.size(), from + chunk));
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), job -> {
                RealmModel jobRealm = job.realms().getRealm(realmId);
                job.getContext().setRealm(jobRealm);
                part.forEach(tenant -> create(job, jobRealm, tenant));
            });
        }
        return Response.noContent().build();
    }

    private static void create(KeycloakSession session, RealmModel realm, BenchTenant tenant) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel organization = organizations.create(tenant.organization().getName(), tenant.organization().getAlias());
        RepresentationToModel.toModel(tenant.organization(), organization);
        if (tenant.identityProvider() != null) {
            IdentityProviderModel identityProvider = RepresentationToModel.toModel(realm, tenant.identityProvider(), session);
            session.identityProviders().create(identityProvider);
            organizations.addIdentityProvider(organization, session.identityProviders().getByAlias(identityProvider.getAlias()));
        }
    }
}
