package io.github.tenantsso.benchmarks.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The realms of the load benchmark: two realms with the same N tenants (organization {@code t<i>} with domain
 * {@code t<i>.bench.test} and one OIDC identity provider {@code t<i>-oidc}), one wired with the pack's routing, one
 * with Keycloak's own identity-first organization login; and a small identity provider realm that completes the one
 * real broker login the benchmark needs (to give a user an active tenant). The realms themselves are Keycloak realm
 * JSON for {@code --import-realm}; the tenants are batches for the benchmark-only provider, because Keycloak's realm
 * import creates organizations in one transaction whose every insert flushes all earlier ones (quadratic: 1,000
 * organizations took more than 9 minutes), and the admin API, one call per object, took 15 minutes per realm at 10,000. The identity providers of the tenants point at a loopback address
 * nobody listens on: the benchmark measures the redirect to them, never follows it.
 */
final class BenchRealms {

    static final String PACK = "bench-pack";
    static final String VANILLA = "bench-vanilla";
    static final String IDP = "bench-idp";
    static final String DOMAIN_SUFFIX = ".bench.test";
    /** Verified by the first two tenants of the pack realm (sharing on, BLOCK for new users). */
    static final String SHARED_DOMAIN = "shared" + DOMAIN_SUFFIX;
    /** Claimed by nobody. */
    static final String NO_SSO_DOMAIN = "nosso" + DOMAIN_SUFFIX;
    /** The user of {@link #IDP} who signs in once through tenant 1 and so gets it as active tenant. */
    static final String ACTIVE_USER = "active@" + SHARED_DOMAIN;

    static final String ACTIVE_PASSWORD = "bench-password";
    private static final String BROKER_CLIENT = "bench-broker";
    private static final String BROKER_SECRET = "bench-broker-secret";
    /** Port 9 (discard) on loopback: never contacted, only named in redirects. */
    private static final String DEAD_IDP = "http://127.0.0.1:9/idp/";

    private final int tenants;
    private final String baseUrl;
    private final JsonFactory json = new JsonFactory();

    BenchRealms(int tenants, String baseUrl) {
        if (tenants < 3) {
            throw new IllegalArgumentException("at least 3 tenants (first, middle and last must differ): " + tenants);
        }
        this.tenants = tenants;
        this.baseUrl = baseUrl;
    }

    static String alias(int tenant) {
        return "t" + tenant;
    }

    static String name(int tenant) {
        return "Tenant " + tenant;
    }

    static String domain(int tenant) {
        return alias(tenant) + DOMAIN_SUFFIX;
    }

    static String connection(int tenant) {
        return alias(tenant) + "-oidc";
    }

    /** Where the tenant's identity provider sends the browser: the start of the redirect the benchmark expects. */
    String authorizationUrl(String realm, int tenant) {
        return realm.equals(PACK) && tenant == 1
                ? baseUrl + "/realms/" + IDP + "/protocol/openid-connect/auth"
                : DEAD_IDP + realm + "/" + alias(tenant) + "/auth";
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        write(directory.resolve(PACK + "-realm.json"), this::packRealm);
        write(directory.resolve(VANILLA + "-realm.json"), this::vanillaRealm);
        write(directory.resolve(IDP + "-realm.json"), this::idpRealm);
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private void write(Path file, Body body) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        }
    }

    private void commonRealm(JsonGenerator g, String realm) throws IOException {
        g.writeStringField("realm", realm);
        g.writeBooleanField("enabled", true);
        g.writeBooleanField("organizationsEnabled", true);
        g.writeBooleanField("loginWithEmailAllowed", true);
        g.writeBooleanField("registrationEmailAsUsername", true);
        g.writeArrayFieldStart("clients");
        g.writeStartObject();
        g.writeStringField("clientId", LoginClient.CLIENT_ID);
        g.writeBooleanField("publicClient", true);
        g.writeBooleanField("standardFlowEnabled", true);
        g.writeBooleanField("directAccessGrantsEnabled", false);
        g.writeArrayFieldStart("redirectUris");
        g.writeString(LoginClient.CALLBACK);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    /** Wired as {@code it-tests/src/test/resources/routing/routing-realm.json}: the pack's browser flow and landing. */
    private void packRealm(JsonGenerator g) throws IOException {
        commonRealm(g, PACK);
        g.writeStringField("browserFlow", "tenant-sso browser");
        g.writeArrayFieldStart("authenticationFlows");
        flow(g, "tenant-sso browser", true, new String[][] {
            {"auth-cookie", "ALTERNATIVE"},
            {"identity-provider-redirector", "ALTERNATIVE"},
            {"flow:tenant-sso forms", "ALTERNATIVE"}
        });
        flow(g, "tenant-sso forms", false, new String[][] {
            {"tenant-sso-routing", "REQUIRED"}, {"tenant-sso-password", "REQUIRED"}
        });
        flow(g, "tenant-sso first broker login", true, new String[][] {
            {"tenant-sso-first-login", "REQUIRED"}, {"idp-create-user-if-unique", "REQUIRED"}
        });
        flow(g, "tenant-sso landing", true, new String[][] {{"tenant-sso-landing", "REQUIRED"}});
        g.writeEndArray();
    }

    /** Keycloak's own identity-first login: its default browser flow has the Organization step when organizations are on. */
    private void vanillaRealm(JsonGenerator g) throws IOException {
        commonRealm(g, VANILLA);
    }

    private void idpRealm(JsonGenerator g) throws IOException {
        g.writeStringField("realm", IDP);
        g.writeBooleanField("enabled", true);
        g.writeArrayFieldStart("clients");
        g.writeStartObject();
        g.writeStringField("clientId", BROKER_CLIENT);
        g.writeBooleanField("publicClient", false);
        g.writeStringField("secret", BROKER_SECRET);
        g.writeBooleanField("standardFlowEnabled", true);
        g.writeArrayFieldStart("redirectUris");
        g.writeString(baseUrl + "/realms/" + PACK + "/broker/" + connection(1) + "/endpoint");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("users");
        g.writeStartObject();
        g.writeStringField("username", ACTIVE_USER);
        g.writeStringField("email", ACTIVE_USER);
        g.writeBooleanField("emailVerified", true);
        g.writeStringField("firstName", "Active");
        g.writeStringField("lastName", "User");
        g.writeBooleanField("enabled", true);
        g.writeArrayFieldStart("credentials");
        g.writeStartObject();
        g.writeStringField("type", "password");
        g.writeStringField("value", ACTIVE_PASSWORD);
        g.writeBooleanField("temporary", false);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    /**
     * The pack's data of the N tenants as two documents for its import endpoint, which merges: first the policy
     * (sharing on, BLOCK), a verified claim per tenant and the shared domain claimed by tenants 1 and 2; then a
     * connection binding per tenant (tenant 1's with just-in-time joining). Two, because at 100,000 tenants one
     * document is over the import's default 10,000,000 bytes; the first is the "claims imported" of the targets.
     */
    String claimsDocument() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("policy");
            g.writeBooleanField("crossTenantDomainSharing", true);
            g.writeStringField("ambiguousNewUser", "BLOCK");
            g.writeBooleanField("activeTenantLogin", true);
            g.writeStringField("hintParameter", "tenantId");
            g.writeEndObject();
            g.writeArrayFieldStart("domains");
            for (int i = 1; i <= tenants; i++) {
                claim(g, alias(i), domain(i), null);
            }
            claim(g, alias(1), SHARED_DOMAIN, 1000L);
            claim(g, alias(2), SHARED_DOMAIN, 2000L);
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    String connectionsDocument() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("connections");
            for (int i = 1; i <= tenants; i++) {
                g.writeStartObject();
                g.writeStringField("alias", connection(i));
                g.writeStringField("tenant", alias(i));
                // Only tenant 1 provisions just in time: the one real broker login joins it.
                g.writeBooleanField("jitEnabled", i == 1);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("trusts");
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    static void claim(JsonGenerator g, String tenant, String domain, Long createdAt) throws IOException {
        g.writeStartObject();
        g.writeStringField("tenant", tenant);
        g.writeStringField("domain", domain);
        g.writeBooleanField("verified", true);
        g.writeStringField("verificationMethod", "ADMIN");
        if (createdAt != null) {
            g.writeNumberField("createdAt", createdAt);
        }
        g.writeEndObject();
    }

    private static void flow(JsonGenerator g, String alias, boolean topLevel, String[][] executions)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("alias", alias);
        g.writeStringField("providerId", "basic-flow");
        g.writeBooleanField("topLevel", topLevel);
        g.writeBooleanField("builtIn", false);
        g.writeArrayFieldStart("authenticationExecutions");
        int priority = 10;
        for (String[] execution : executions) {
            g.writeStartObject();
            if (execution[0].startsWith("flow:")) {
                g.writeStringField("flowAlias", execution[0].substring(5));
                g.writeBooleanField("authenticatorFlow", true);
            } else {
                g.writeStringField("authenticator", execution[0]);
                g.writeBooleanField("authenticatorFlow", false);
            }
            g.writeStringField("requirement", execution[1]);
            g.writeNumberField("priority", priority);
            g.writeBooleanField("userSetupAllowed", false);
            g.writeEndObject();
            priority += 10;
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void identityProvider(JsonGenerator g, String realm, int tenant, boolean keycloakOrganizationRouting)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("alias", connection(tenant));
        g.writeStringField("displayName", alias(tenant) + " SSO");
        g.writeStringField("providerId", "oidc");
        g.writeBooleanField("enabled", true);
        g.writeBooleanField("trustEmail", true);
        if (!keycloakOrganizationRouting) {
            g.writeStringField("firstBrokerLoginFlowAlias", "tenant-sso first broker login");
            g.writeStringField("postBrokerLoginFlowAlias", "tenant-sso landing");
        }
        g.writeObjectFieldStart("config");
        boolean real = realm.equals(PACK) && tenant == 1;
        String idpBase =
                real ? baseUrl + "/realms/" + IDP + "/protocol/openid-connect" : DEAD_IDP + realm + "/" + alias(tenant);
        g.writeStringField("authorizationUrl", authorizationUrl(realm, tenant));
        g.writeStringField("tokenUrl", idpBase + "/token");
        g.writeStringField("userInfoUrl", idpBase + "/userinfo");
        if (real) {
            g.writeStringField("issuer", baseUrl + "/realms/" + IDP);
            g.writeStringField("jwksUrl", idpBase + "/certs");
            g.writeStringField("useJwksUrl", "true");
            g.writeStringField("validateSignature", "true");
        }
        g.writeStringField("clientId", BROKER_CLIENT);
        g.writeStringField("clientSecret", BROKER_SECRET);
        g.writeStringField("clientAuthMethod", "client_secret_post");
        g.writeStringField("defaultScope", "openid email profile");
        g.writeStringField("loginHint", "true");
        g.writeStringField("syncMode", "IMPORT");
        if (keycloakOrganizationRouting) {
            g.writeStringField("kc.org.domain", domain(tenant));
            g.writeStringField("kc.org.broker.redirect.mode.email-matches", "true");
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The body of {@code POST /admin/realms/<realm>/bench-tenants} (the benchmark-only provider) creating tenants
     * {@code first} to {@code last}: each the organization as the admin API takes it (its domain verified, as
     * Keycloak's organization domain) and its identity provider, in the vanilla realm with the settings of Keycloak's
     * organization login (the organization's domain, redirect when the e-mail matches).
     */
    String tenantBatch(String realm, int first, int last) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartArray();
            for (int tenant = first; tenant <= last; tenant++) {
                g.writeStartObject();
                g.writeFieldName("organization");
                organization(g, tenant);
                g.writeFieldName("identityProvider");
                identityProvider(g, realm, tenant, realm.equals(VANILLA));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return out.toString();
    }

    private static void organization(JsonGenerator g, int tenant) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name(tenant));
        g.writeStringField("alias", alias(tenant));
        g.writeBooleanField("enabled", true);
        g.writeArrayFieldStart("domains");
        g.writeStartObject();
        g.writeStringField("name", domain(tenant));
        g.writeBooleanField("verified", true);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }
}
