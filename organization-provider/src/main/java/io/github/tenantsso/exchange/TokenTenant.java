package io.github.tenantsso.exchange;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.representations.AccessToken;

/**
 * The tenant an access token was minted for: the {@code id} of the claim the pack's tenant mapper wrote, under the
 * claim name configured on the token's client or its client scopes. The token is signed, so the claim is what the
 * server issued; a token whose client has no such mapper names no tenant.
 */
public final class TokenTenant {

    /** Protocol mapper type of the pack's tenant mapper. */
    public static final String MAPPER_ID = "tenant-sso-tenant-mapper";

    /** A dot separates nested claims unless escaped, as in Keycloak's own claim names. */
    private static final Pattern CLAIM_PATH_SEPARATOR = Pattern.compile("(?<!\\\\)\\.");

    private TokenTenant() {}

    public static Optional<String> of(AccessToken token, ClientModel client) {
        return mappers(client)
                .filter(mapper -> MAPPER_ID.equals(mapper.getProtocolMapper()))
                .filter(mapper ->
                        "true".equals(mapper.getConfig().get(OIDCAttributeMapperHelper.INCLUDE_IN_ACCESS_TOKEN)))
                .map(mapper -> mapper.getConfig().get(OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME))
                .filter(Objects::nonNull)
                .map(name -> tenantId(token.getOtherClaims(), name))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Stream<ProtocolMapperModel> mappers(ClientModel client) {
        Stream<ClientScopeModel> scopes = Stream.concat(
                client.getClientScopes(true).values().stream(), client.getClientScopes(false).values().stream());
        return Stream.concat(
                client.getProtocolMappersStream(), scopes.flatMap(ClientScopeModel::getProtocolMappersStream));
    }

    static Optional<String> tenantId(Map<String, Object> claims, String claimName) {
        Object value = claims;
        for (String part : List.of(CLAIM_PATH_SEPARATOR.split(claimName))) {
            if (!(value instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            value = map.get(part.replace("\\.", "."));
        }
        return value instanceof Map<?, ?> tenant && tenant.get("id") instanceof String id
                ? Optional.of(id)
                : Optional.empty();
    }
}
