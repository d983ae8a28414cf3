package io.github.tenantsso.it.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/** {@code /tenants/{tenantId}/policy}: a tenant's sign-in policy through the admin API. */
@KeycloakIntegrationTest
class TenantPolicyApiTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
    }

    @Test
    void aTenantWithoutConnectionHasTheFallbackByDefaultAndOneWithAConnectionIsSsoOnly() {
        String plain = Tenants.create(realm, "plain");
        String withSso = Tenants.create(realm, "with-sso");
        Tenants.createIdentityProvider(realm, "with-sso-oidc", "With SSO");
        assertThat(api.put("/connections/with-sso-oidc", "{\"tenantId\": \"" + withSso + "\"}")
                        .status())
                .isIn(200, 201);

        JsonNode withoutConnection = api.get(policy(plain)).json();
        JsonNode withConnection = api.get(policy(withSso)).json();

        assertThat(withoutConnection.path("tenantId").asText()).isEqualTo(plain);
        assertThat(withoutConnection.path("signInMethods").asText()).isEqualTo("SSO_WITH_PASSWORD_FALLBACK");
        assertThat(withoutConnection.path("default").asBoolean()).isTrue();
        assertThat(withConnection.path("signInMethods").asText()).isEqualTo("SSO_ONLY");
        assertThat(withConnection.path("default").asBoolean()).isTrue();
    }

    @Test
    void storesAPolicyAndDeleteReturnsTheTenantToTheDefault() {
        String tenant = Tenants.create(realm, "stored");

        Reply stored = api.put(policy(tenant), "{\"signInMethods\": \"SSO_ONLY\"}");

        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().path("signInMethods").asText()).isEqualTo("SSO_ONLY");
        assertThat(stored.json().path("default").asBoolean()).isFalse();
        assertThat(api.get(policy(tenant)).json().path("signInMethods").asText())
                .isEqualTo("SSO_ONLY");

        assertThat(api.delete(policy(tenant)).status()).isEqualTo(204);
        JsonNode reset = api.get(policy(tenant)).json();
        assertThat(reset.path("signInMethods").asText()).isEqualTo("SSO_WITH_PASSWORD_FALLBACK");
        assertThat(reset.path("default").asBoolean()).isTrue();
        assertThat(api.delete(policy(tenant)).status())
                .as("deleting the default again")
                .isEqualTo(204);
    }

    @Test
    void refusesAnUnknownValueOrAHostileBodyWithACleanErrorAndChangesNothing() {
        String tenant = Tenants.create(realm, "guarded");
        api.put(policy(tenant), "{\"signInMethods\": \"SSO_ONLY\"}");

        for (String body : List.of(
                "{\"signInMethods\": \"PASSWORD_ONLY\"}",
                "{\"signInMethods\": \"sso_only\"}",
                "{\"signInMethods\": null}",
                "{}",
                "{\"signInMethods\": 7}",
                "{\"signInMethods\": \"SSO_ONLY\", \"allowPasswordFor\": [\"*\"]}",
                "[\"SSO_WITH_PASSWORD_FALLBACK\"]",
                "{\"signInMethods\": \"SSO_WITH_PASSWORD_FALLBACK\"",
                "",
                "{\"signInMethods\": \"<script>" + "x".repeat(5000) + "</script>\"}")) {
            Reply reply = api.put(policy(tenant), body);

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.error()).as(body).isEqualTo("invalid_tenant_policy");
            assertThat(reply.json().path("error_description").asText())
                    .as(body)
                    .isNotBlank()
                    .doesNotContain("io.github")
                    .doesNotContain("<script>")
                    .hasSizeLessThan(300);
        }
        assertThat(api.put(policy(tenant), "{\"signInMethods\": \"PASSWORD_ONLY\"}")
                        .json()
                        .path("error_description")
                        .asText())
                .isEqualTo("Field 'signInMethods' must be one of SSO_ONLY, SSO_WITH_PASSWORD_FALLBACK.");
        assertThat(api.get(policy(tenant)).json().path("signInMethods").asText())
                .isEqualTo("SSO_ONLY");
    }

    @Test
    void storesSessionLimitsUpToTheRealmsAndDeleteReturnsTheTenantToTheRealms() {
        String tenant = Tenants.create(realm, "short-sessions");
        int realmIdle = realm.admin().toRepresentation().getSsoSessionIdleTimeout();

        Reply stored = api.put(
                policy(tenant),
                "{\"signInMethods\": \"SSO_ONLY\", \"maxSessionAgeSeconds\": 3600, \"maxIdleSeconds\": " + realmIdle
                        + "}");

        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().path("maxSessionAgeSeconds").asInt()).isEqualTo(3600);
        assertThat(stored.json().path("maxIdleSeconds").asInt()).isEqualTo(realmIdle);
        assertThat(api.get(policy(tenant)).json().path("maxSessionAgeSeconds").asInt())
                .isEqualTo(3600);
        assertThat(api.put(policy(tenant), "{\"signInMethods\": \"SSO_ONLY\"}")
                        .json()
                        .hasNonNull("maxSessionAgeSeconds"))
                .as("an absent limit is the realm's")
                .isFalse();
        api.put(policy(tenant), "{\"signInMethods\": \"SSO_ONLY\", \"maxIdleSeconds\": 60}");
        assertThat(api.delete(policy(tenant)).status()).isEqualTo(204);
        assertThat(api.get(policy(tenant)).json().hasNonNull("maxIdleSeconds")).isFalse();
    }

    @Test
    void refusesASessionLimitLongerThanTheRealmsOrMalformedAndChangesNothing() {
        String tenant = Tenants.create(realm, "guarded-sessions");
        api.put(policy(tenant), "{\"signInMethods\": \"SSO_ONLY\", \"maxIdleSeconds\": 60}");
        RealmRepresentation realmSettings = realm.admin().toRepresentation();

        Reply longer = api.put(
                policy(tenant),
                "{\"signInMethods\": \"SSO_ONLY\", \"maxIdleSeconds\": "
                        + (realmSettings.getSsoSessionIdleTimeout() + 1) + "}");
        assertThat(longer.status()).as(longer.body()).isEqualTo(400);
        assertThat(longer.error()).isEqualTo("session_limit_exceeds_realm");
        assertThat(longer.json().path("field").asText()).isEqualTo("maxIdleSeconds");
        Reply older = api.put(
                policy(tenant),
                "{\"signInMethods\": \"SSO_ONLY\", \"maxSessionAgeSeconds\": "
                        + (realmSettings.getSsoSessionMaxLifespan() + 1) + "}");
        assertThat(older.error()).as(older.body()).isEqualTo("session_limit_exceeds_realm");

        for (String body : List.of(
                "{\"signInMethods\": \"SSO_ONLY\", \"maxIdleSeconds\": 0}",
                "{\"signInMethods\": \"SSO_ONLY\", \"maxIdleSeconds\": -5}",
                "{\"signInMethods\": \"SSO_ONLY\", \"maxIdleSeconds\": \"30\"}",
                "{\"signInMethods\": \"SSO_ONLY\", \"maxIdleSeconds\": 1.5}",
                "{\"signInMethods\": \"SSO_ONLY\", \"maxIdleSeconds\": 99999999999999999999}",
                "{\"signInMethods\": \"SSO_ONLY\", \"maxIdleSeconds\": [30]}",
                "{\"signInMethods\": \"SSO_ONLY\", \"maxSessionAgeSeconds\": {\"seconds\": 30}}")) {
            Reply reply = api.put(policy(tenant), body);

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.error()).as(body).isEqualTo("invalid_tenant_policy");
            assertThat(reply.json().path("error_description").asText())
                    .as(body)
                    .isNotBlank()
                    .doesNotContain("io.github", "java.");
        }
        JsonNode unchanged = api.get(policy(tenant)).json();
        assertThat(unchanged.path("maxIdleSeconds").asInt()).isEqualTo(60);
        assertThat(unchanged.hasNonNull("maxSessionAgeSeconds")).isFalse();
    }

    @Test
    void answersAnUnknownTenantWithNotFound() {
        for (Reply reply : List.of(
                api.get(policy("no-such-tenant")),
                api.put(policy("no-such-tenant"), "{\"signInMethods\": \"SSO_ONLY\"}"),
                api.delete(policy("no-such-tenant")))) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.error()).isEqualTo("organization_not_found");
        }
    }

    @Test
    void letsAViewerReadButNotChange() {
        String tenant = Tenants.create(realm, "viewed");
        RealmUsers.create(realm, "policy-viewer", "viewer-pass", "view-realm");
        String token = RealmUsers.accessToken(urls.getBase(), realm.getName(), "policy-viewer", "viewer-pass");
        AdminApi viewer = new AdminApi(urls.getBase(), realm.getName(), () -> token);

        assertThat(viewer.get(policy(tenant)).status()).isEqualTo(200);
        assertThat(viewer.put(policy(tenant), "{\"signInMethods\": \"SSO_ONLY\"}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete(policy(tenant)).status()).isEqualTo(403);
        assertThat(api.get(policy(tenant)).json().path("default").asBoolean()).isTrue();
    }

    @Test
    void recordsEveryChangeAsAnAdminEventNamingTheTenant() {
        String tenant = Tenants.create(realm, "audited");

        api.put(policy(tenant), "{\"signInMethods\": \"SSO_WITH_PASSWORD_FALLBACK\"}");
        api.delete(policy(tenant));

        List<AdminEventRepresentation> events = realm
                .admin()
                .getAdminEvents(null, null, null, null, null, null, List.of("CUSTOM"), null, null, null, null)
                .stream()
                .filter(event -> "TENANT_POLICY".equals(event.getDetails().get("tenant_sso_resource")))
                .filter(event -> tenant.equals(event.getDetails().get("tenant_sso_tenant")))
                .toList();

        assertThat(events)
                .extracting(AdminEventRepresentation::getOperationType)
                .containsExactlyInAnyOrder("UPDATE", "DELETE");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getResourcePath()).contains("tenant-sso/tenants/" + tenant + "/policy");
            assertThat(event.getRepresentation()).contains("SSO_WITH_PASSWORD_FALLBACK");
        });
    }

    private static String policy(String tenantId) {
        return "/tenants/" + tenantId + "/policy";
    }
}
