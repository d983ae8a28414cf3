package io.github.tenantsso.portal;

import io.github.tenantsso.connection.setup.MetadataFetcher;
import io.github.tenantsso.connection.setup.SamlMetadataGuard;
import io.github.tenantsso.connection.setup.SetupRefusal;
import io.github.tenantsso.connection.setup.SetupRefusedException;
import io.github.tenantsso.model.ConnectionSetupSettings;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.keycloak.broker.provider.IdentityProvider;
import org.keycloak.broker.provider.IdentityProviderFactory;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;

/**
 * A tenant admin's new connection as Keycloak's identity provider model, from what the admin gave: the discovery
 * document or SAML metadata is fetched by the server (only from addresses {@code FetchTargets} allows) and read by
 * Keycloak's own factories, as its admin console's "import from URL" does. Whether it may be created is
 * {@code ConnectionWrites}'s.
 */
final class ConnectionDrafts {

    static final String OIDC = "oidc";
    static final String SAML = "saml";

    private static final String WELL_KNOWN = "/.well-known/openid-configuration";
    private static final int MAX_DISPLAY_NAME = 100;
    private static final int MAX_CLIENT_FIELD = 255;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;
    private final ConnectionSetupSettings settings;
    private final MetadataFetcher fetcher;

    ConnectionDrafts(KeycloakSession session, ConnectionSetupSettings settings) {
        this.session = session;
        this.settings = settings;
        this.fetcher = new MetadataFetcher(settings.loopbackAllowed(), settings.maxMetadataBytes());
    }

    /** @param discoveryUrl the issuer, or its discovery document's URL */
    IdentityProviderModel oidc(
            OrganizationModel tenant, String displayName, String discoveryUrl, String clientId, String clientSecret)
            throws SetupRefusedException {
        String url = discoveryUrl == null ? null : discoveryUrl.strip();
        if (url != null && !url.endsWith(WELL_KNOWN)) {
            url = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + WELL_KNOWN;
        }
        String document = fetcher.fetch(url, "discoveryUrl");
        Map<String, String> parsed;
        try {
            parsed = factory(OIDC).parseConfig(session, document);
        } catch (RuntimeException e) {
            throw new SetupRefusedException(SetupRefusal.DISCOVERY_INVALID, "discoveryUrl");
        }
        for (String endpoint : new String[] {"authorizationUrl", "tokenUrl", "issuer"}) {
            if (parsed == null || blank(parsed.get(endpoint))) {
                throw new SetupRefusedException(SetupRefusal.DISCOVERY_INVALID, "discoveryUrl");
            }
        }
        // Keycloak calls these itself at sign-in, so they pass the same address check as the document.
        for (String endpoint : new String[] {"tokenUrl", "userInfoUrl", "jwksUrl", "logoutUrl"}) {
            if (!blank(parsed.get(endpoint))) {
                fetcher.check(parsed.get(endpoint), "discoveryUrl");
            }
        }
        IdentityProviderModel draft = draft(OIDC, tenant, displayName);
        draft.getConfig().putAll(parsed);
        draft.getConfig().put("clientId", clientId);
        draft.getConfig().put("clientSecret", clientSecret);
        draft.getConfig().put("clientAuthMethod", "client_secret_post");
        draft.getConfig().put("defaultScope", "openid email profile");
        draft.getConfig().put("pkceEnabled", "true");
        draft.getConfig().put("pkceMethod", "S256");
        draft.getConfig().put("validateSignature", "true");
        draft.getConfig().put("useJwksUrl", "true");
        return draft;
    }

    /** From the metadata at a URL, or from the metadata itself (an uploaded file). */
    IdentityProviderModel saml(
            OrganizationModel tenant, String displayName, String metadataUrl, String metadataXml, String entityId)
            throws SetupRefusedException {
        String field = blank(metadataXml) ? "metadataUrl" : "metadataXml";
        String xml = blank(metadataXml) ? fetcher.fetch(metadataUrl, field) : metadataXml;
        Optional<SetupRefusal> refused = SamlMetadataGuard.check(xml, settings.maxMetadataBytes());
        if (refused.isPresent()) {
            throw new SetupRefusedException(refused.get(), field);
        }
        Map<String, String> parsed;
        try {
            parsed = factory(SAML).parseConfig(session, xml);
        } catch (RuntimeException e) {
            throw new SetupRefusedException(SetupRefusal.METADATA_INVALID, field);
        }
        if (parsed == null || blank(parsed.get("singleSignOnServiceUrl"))) {
            throw new SetupRefusedException(SetupRefusal.METADATA_INVALID, field);
        }
        if (blank(parsed.get("signingCertificate"))) {
            throw new SetupRefusedException(SetupRefusal.METADATA_UNSIGNED, field);
        }
        IdentityProviderModel draft = draft(SAML, tenant, displayName);
        draft.getConfig().putAll(parsed);
        draft.getConfig().put("entityId", entityId.replace("{alias}", draft.getAlias()));
        // Assertions must be signed by the key the metadata names; an unsigned one is refused.
        draft.getConfig().put("validateSignature", "true");
        draft.getConfig().put("wantAssertionsSigned", "true");
        draft.getConfig().put("principalType", "SUBJECT");
        return draft;
    }

    private IdentityProviderModel draft(String type, OrganizationModel tenant, String displayName) {
        IdentityProviderModel draft = factory(type).createConfig();
        draft.setAlias(tenant.getAlias() + "-" + type + "-" + HexFormat.of().formatHex(randomBytes()));
        draft.setProviderId(type);
        draft.setDisplayName(blank(displayName) ? tenant.getName() : displayName.strip());
        // The tenant's identity provider vouches for its own users, not for e-mail addresses of other domains.
        draft.setTrustEmail(false);
        draft.setSyncMode(IdentityProviderSyncMode.IMPORT);
        return draft;
    }

    static boolean tooLong(String displayName, String clientId, String clientSecret) {
        return (displayName != null && displayName.length() > MAX_DISPLAY_NAME)
                || (clientId != null && clientId.length() > MAX_CLIENT_FIELD)
                || (clientSecret != null && clientSecret.length() > MAX_CLIENT_FIELD);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private IdentityProviderFactory<?> factory(String providerId) {
        return (IdentityProviderFactory<?>)
                session.getKeycloakSessionFactory().getProviderFactory(IdentityProvider.class, providerId);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
