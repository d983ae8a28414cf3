package io.github.tenantsso.wiring;

import io.github.tenantsso.audit.AuditEventEntity;
import io.github.tenantsso.audit.AuditTenantEntity;
import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.domain.DomainClaimEntity;
import io.github.tenantsso.membership.ActiveTenantEntity;
import io.github.tenantsso.membership.MembershipEntity;
import io.github.tenantsso.policy.RoutingPolicyEntity;
import io.github.tenantsso.signin.TenantPolicyEntity;
import io.github.tenantsso.tenantadmin.TenantAdminEntity;
import io.github.tenantsso.trust.TrustEntity;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the pack's entities and Liquibase changelog with Keycloak's JPA. Keycloak names the changelog table
 * after the first ten letters of this id ({@code DATABASECHANGELOG_TENANTSSOM}).
 */
public final class TenantSsoEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String ID = "tenant-sso-model";

    private static final List<Class<?>> ENTITIES = List.of(
            DomainClaimEntity.class,
            ConnectionBindingEntity.class,
            TrustEntity.class,
            MembershipEntity.class,
            ActiveTenantEntity.class,
            RoutingPolicyEntity.class,
            RoutingChangeEntity.class,
            TenantAdminEntity.class,
            TenantPolicyEntity.class,
            AuditEventEntity.class,
            AuditTenantEntity.class);

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public List<Class<?>> getEntities() {
        return ENTITIES;
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/tenant-sso-changelog.xml";
    }

    @Override
    public String getFactoryId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
