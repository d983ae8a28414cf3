package io.github.tenantsso.authenticators.token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.tenantsso.authenticators.landing.TenantSsoLandingAuthenticator;
import io.github.tenantsso.model.TenantSso;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * Puts the tenant a session belongs to into tokens: {@code {"id", "alias", "name", "groups", "connection"}} under a
 * configurable claim name ({@code tenant} by default). The tenant is the one the login landed in, else the user's
 * active tenant; it is left out unless the tenant is enabled and the user still its member, so a token never names a
 * tenant the user has no access to.
 */
public final class TenantClaimMapper extends AbstractOIDCProtocolMapper implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

    public static final String ID = "tenant-sso-tenant-mapper";
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addTokenClaimNameConfig(CONFIG);
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, TenantClaimMapper.class);
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession, KeycloakSession session,
                            ClientSessionContext clientSessionContext) {
        UserModel user = userSession.getUser();
        String tenantId = userSession.getNote(TenantSsoLandingAuthenticator.TENANT_SESSION_NOTE);
        if (tenantId == null) {
            tenantId = session.getProvider(TenantSso.class).memberships().activeTenant(user.getId()).orElse(null);
        }
        if (tenantId == null) {
            return;
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel tenant = organizations.getById(tenantId);
        if (tenant == null || !tenant.isEnabled() || organizations.getMemberById(tenant, user.getId()) == null) {
            return;
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("id", tenant.getId());
        claim.put("alias", tenant.getAlias());
        claim.put("name", tenant.getName());
        claim.put("groups", organizations.getOrganizationGroupsByMember(tenant, user).map(GroupModel::getName).sorted().toList());
        String connection = userSession.getNote(TenantSsoLandingAuthenticator.CONNECTION_SESSION_NOTE);
        if (connection != null) {
            claim.put("connection", connection);
        }
        OIDCAttributeMapperHelper.mapClaim(token, mapping, claim);
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getDisplayType() {
        return "Tenant SSO: tenant";
    }

    @Override
    public String getHelpText() {
        return "Adds the session's tenant (id, alias, name, the user's groups in it, the SSO connection used) as a JSON claim.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    public String getId() {
        return ID;
    }
}
