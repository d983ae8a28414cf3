package io.github.tenantsso.authenticators.token;

import io.github.tenantsso.common.SessionNotes;
import io.github.tenantsso.exchange.SessionTenant;
import io.github.tenantsso.exchange.TokenTenant;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * Puts the tenant a session belongs to into tokens: {@code {"id", "alias", "name", "groups", "roles", "connection"}}
 * under a configurable claim name. The tenant is the one the login landed in or the session switched to, else the
 * user's active tenant; it is left out unless the tenant is enabled and the user still its member, so a token never
 * names a tenant the user has no access to.
 */
public final class TenantClaimMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

    public static final String ID = TokenTenant.MAPPER_ID;
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addTokenClaimNameConfig(CONFIG);
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, TenantClaimMapper.class);
    }

    @Override
    protected void setClaim(
            IDToken token,
            ProtocolMapperModel mapping,
            UserSessionModel userSession,
            KeycloakSession session,
            ClientSessionContext clientSessionContext) {
        SessionTenant.of(session, userSession)
                .ifPresent(tenant -> OIDCAttributeMapperHelper.mapClaim(
                        token,
                        mapping,
                        SessionTenant.claim(
                                session, tenant, userSession.getUser(), userSession.getNote(SessionNotes.CONNECTION))));
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
        return "Adds the session's tenant (id, alias, name, the user's groups and roles in it, the SSO connection used) as a JSON claim.";
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
