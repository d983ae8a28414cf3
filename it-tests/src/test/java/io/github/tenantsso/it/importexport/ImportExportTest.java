package io.github.tenantsso.it.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Tenants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The pack's data leaves a realm through its export endpoint and enters a new realm with the realm's own JSON import.
 */
@KeycloakIntegrationTest
class ImportExportTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    @AfterEach
    void restorePolicy() {
        api(realm.getName())
                .put(
                        "/policy",
                        "{\"crossTenantDomainSharing\": false, \"ambiguousNewUser\": \"BLOCK\", \"hintParameter\": \"tenantId\"}");
    }

    @Test
    void carriesPolicyClaimsBindingsAndTrustsIntoANewRealm() {
        AdminApi source = api(realm.getName());
        String acme = Tenants.create(realm, "acme");
        String globex = Tenants.create(realm, "globex");
        Tenants.createIdentityProvider(realm, "acme-sso", "Acme SSO");
        source.put(
                "/policy",
                "{\"crossTenantDomainSharing\": true, \"ambiguousNewUser\": \"FIRST_CREATED\", \"hintParameter\": \"org\"}");
        source.put("/connections/acme-sso", "{\"tenantId\": \"" + acme + "\", \"jitEnabled\": true}");
        source.post("/tenants/" + acme + "/domains", "{\"domain\": \"acme.example\", \"includeSubdomains\": true}");
        source.post("/tenants/" + acme + "/domains/acme.example/verify", "{\"method\": \"admin\"}");
        source.post("/tenants/" + globex + "/domains", "{\"domain\": \"acme.example\"}");
        source.post(
                "/trusts",
                "{\"trustingTenantId\": \"" + globex + "\", \"connectionAlias\": \"acme-sso\", \"jitEnabled\": true}");
        JsonNode exported = source.get("/export").json();

        String copy = "tsso-copy-" + System.nanoTime();
        try {
            admin.realms().create(realmWithTenants(copy, exported.toString()));

            assertThat(api(copy).get("/export").json()).isEqualTo(exported);
            assertThat(admin.realm(copy).toRepresentation().getAttributes()).doesNotContainKey("tenant-sso");
        } finally {
            removeIfPresent(copy);
        }
    }

    @Test
    void refusesARealmWhosePackSectionNamesAnUnknownTenant() {
        String broken = "tsso-broken-" + System.nanoTime();
        String section = "{\"domains\": [{\"tenant\": \"nobody\", \"domain\": \"nobody.example\"}]}";

        try {
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                    () -> admin.realms().create(realmWithTenants(broken, section)));

            assertThat(failure).isNotNull();
            assertThat(admin.realms().findAll())
                    .extracting(RealmRepresentation::getRealm)
                    .doesNotContain(broken);
        } finally {
            removeIfPresent(broken);
        }
    }

    @Test
    void importsIntoAnExistingRealmTwiceWithTheSameResult() {
        AdminApi api = api(realm.getName());
        Tenants.create(realm, "acme");
        String document = "{\"domains\": [{\"tenant\": \"acme\", \"domain\": \"again.example\", \"verified\": true}]}";

        JsonNode first = api.post("/import", document).json();
        JsonNode afterFirst = api.get("/export").json();
        JsonNode second = api.post("/import", document).json();

        assertThat(first.path("domains").path("created").asInt()).isEqualTo(1);
        assertThat(second.path("domains").path("created").asInt()).isZero();
        assertThat(second.path("domains").path("unchanged").asInt()).isEqualTo(1);
        assertThat(api.get("/export").json()).isEqualTo(afterFirst);
        assertThat(afterFirst.path("domains"))
                .singleElement()
                .satisfies(d -> assertThat(d.path("verified").asBoolean()).isTrue());
    }

    @Test
    void makesAVerifiedClaimPendingWhenTheDocumentSaysSo() {
        AdminApi api = api(realm.getName());
        Tenants.create(realm, "acme");
        api.post(
                "/import", "{\"domains\": [{\"tenant\": \"acme\", \"domain\": \"undo.example\", \"verified\": true}]}");

        JsonNode summary = api.post(
                        "/import",
                        "{\"domains\": [{\"tenant\": \"acme\", \"domain\": \"undo.example\", \"verified\": false}]}")
                .json();
        JsonNode after = api.get("/export").json();

        assertThat(summary.path("domains").path("updated").asInt()).isEqualTo(1);
        assertThat(after.path("domains")).singleElement().satisfies(d -> {
            assertThat(d.path("verified").asBoolean()).isFalse();
            assertThat(d.has("verifiedAt")).isFalse();
        });
    }

    @Test
    void rejectsABadDocumentAndAppliesNoneOfIt() {
        AdminApi api = api(realm.getName());
        Tenants.create(realm, "acme");
        String document =
                "{\"domains\": [{\"tenant\": \"acme\", \"domain\": \"fine.example\"}, {\"tenant\": \"acme\", \"domain\": \"*.wild.example\"}]}";

        AdminApi.Reply reply = api.post("/import", document);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_document");
        assertThat(reply.json().path("error_description").asText()).startsWith("domains[1].domain:");
        assertThat(api.get("/domains").json()).isEmpty();
    }

    @Test
    void importsTenantPoliciesExportsThemAndRefusesABadOneWithNothingApplied() {
        AdminApi api = api(realm.getName());
        String acme = Tenants.create(realm, "policied");
        Tenants.create(realm, "other-policied");

        AdminApi.Reply bad = api.post(
                "/import",
                "{\"domains\": [{\"tenant\": \"policied\", \"domain\": \"policied.example\"}],"
                        + " \"tenantPolicies\": [{\"tenant\": \"policied\", \"signInMethods\": \"SSO_ONLY\"},"
                        + " {\"tenant\": \"other-policied\", \"signInMethods\": \"NEVER\"}]}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.error()).isEqualTo("invalid_document");
        assertThat(bad.json().path("field").asText()).isEqualTo("tenantPolicies[1].signInMethods");
        assertThat(api.get("/domains").json()).isEmpty();
        assertThat(api.get("/tenants/" + acme + "/policy")
                        .json()
                        .path("default")
                        .asBoolean())
                .isTrue();

        AdminApi.Reply good = api.post(
                "/import", "{\"tenantPolicies\": [{\"tenant\": \"policied\", \"signInMethods\": \"SSO_ONLY\"}]}");

        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().path("tenantPolicies").path("created").asInt()).isEqualTo(1);
        assertThat(api.get("/tenants/" + acme + "/policy")
                        .json()
                        .path("signInMethods")
                        .asText())
                .isEqualTo("SSO_ONLY");
        assertThat(api.get("/export").json().path("tenantPolicies").toString())
                .isEqualTo("[{\"tenant\":\"policied\",\"signInMethods\":\"SSO_ONLY\"}]");
        assertThat(api.post(
                                "/import",
                                "{\"tenantPolicies\": [{\"tenant\": \"policied\", \"signInMethods\": \"SSO_ONLY\"}]}")
                        .json()
                        .path("tenantPolicies")
                        .path("unchanged")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void importsAndExportsATenantsMfaAndRefusesABadOneWithNothingApplied() {
        AdminApi api = api(realm.getName());
        String tenant = Tenants.create(realm, "mfa-policied");

        AdminApi.Reply bad = api.post(
                "/import",
                "{\"tenantPolicies\": [{\"tenant\": \"mfa-policied\", \"signInMethods\": \"SSO_ONLY\","
                        + " \"mfa\": \"SOMETIMES\"}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("field").asText()).isEqualTo("tenantPolicies[0].mfa");
        assertThat(api.get("/tenants/" + tenant + "/policy")
                        .json()
                        .path("default")
                        .asBoolean())
                .isTrue();

        AdminApi.Reply good = api.post(
                "/import",
                "{\"tenantPolicies\": [{\"tenant\": \"mfa-policied\", \"signInMethods\": \"SSO_ONLY\","
                        + " \"mfa\": \"EVERY_SIGN_IN\"}]}");
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(api.get("/tenants/" + tenant + "/policy").json().path("mfa").asText())
                .isEqualTo("EVERY_SIGN_IN");
        assertThat(api.get("/export").json().path("tenantPolicies").toString())
                .contains("{\"tenant\":\"mfa-policied\",\"signInMethods\":\"SSO_ONLY\",\"mfa\":\"EVERY_SIGN_IN\"}");
    }

    @Test
    void importsAndExportsTenantSessionLimitsAndRefusesOneLongerThanTheRealmsWithNothingApplied() {
        AdminApi api = api(realm.getName());
        String tenant = Tenants.create(realm, "short-lived");
        int realmIdle = realm.admin().toRepresentation().getSsoSessionIdleTimeout();

        AdminApi.Reply longer = api.post(
                "/import",
                "{\"domains\": [{\"tenant\": \"short-lived\", \"domain\": \"short-lived.example\"}],"
                        + " \"tenantPolicies\": [{\"tenant\": \"short-lived\", \"signInMethods\": \"SSO_ONLY\","
                        + " \"maxIdleSeconds\": " + (realmIdle + 1) + "}]}");

        assertThat(longer.status()).as(longer.body()).isEqualTo(400);
        assertThat(longer.error()).isEqualTo("session_limit_exceeds_realm");
        assertThat(longer.json().path("field").asText()).isEqualTo("tenantPolicies[0].maxIdleSeconds");
        assertThat(api.get("/domains").json()).isEmpty();
        assertThat(api.get("/tenants/" + tenant + "/policy")
                        .json()
                        .path("default")
                        .asBoolean())
                .isTrue();

        AdminApi.Reply good = api.post(
                "/import",
                "{\"tenantPolicies\": [{\"tenant\": \"short-lived\", \"signInMethods\": \"SSO_ONLY\","
                        + " \"maxSessionAgeSeconds\": 3600, \"maxIdleSeconds\": 300}]}");

        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(api.get("/tenants/" + tenant + "/policy")
                        .json()
                        .path("maxIdleSeconds")
                        .asInt())
                .isEqualTo(300);
        assertThat(api.get("/export").json().path("tenantPolicies").toString())
                .contains("{\"tenant\":\"short-lived\",\"signInMethods\":\"SSO_ONLY\","
                        + "\"maxSessionAgeSeconds\":3600,\"maxIdleSeconds\":300}");
    }

    @Test
    void rejectsUnknownFields() {
        AdminApi.Reply reply = api(realm.getName()).post("/import", "{\"domians\": []}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error_description").asText()).contains("domians");
    }

    private RealmRepresentation realmWithTenants(String name, String packSection) {
        RealmRepresentation representation = new RealmRepresentation();
        representation.setRealm(name);
        representation.setEnabled(true);
        representation.setOrganizationsEnabled(true);
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias("acme-sso");
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        idp.setConfig(new HashMap<>(Map.of(
                "clientId",
                "client",
                "clientSecret",
                "secret",
                "authorizationUrl",
                "http://localhost:8080/realms/nowhere/protocol/openid-connect/auth",
                "tokenUrl",
                "http://localhost:8080/realms/nowhere/protocol/openid-connect/token")));
        representation.setIdentityProviders(List.of(idp));
        representation.setOrganizations(List.of(organization("acme"), organization("globex")));
        representation.setAttributes(new HashMap<>(Map.of("tenant-sso", packSection)));
        return representation;
    }

    private static OrganizationRepresentation organization(String alias) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(alias);
        organization.setAlias(alias);
        organization.setEnabled(true);
        return organization;
    }

    private void removeIfPresent(String realmName) {
        if (admin.realms().findAll().stream().anyMatch(r -> r.getRealm().equals(realmName))) {
            admin.realm(realmName).remove();
        }
    }

    private AdminApi api(String realmName) {
        return new AdminApi(
                urls.getBase(), realmName, () -> admin.tokenManager().getAccessTokenString());
    }
}
