package io.github.tenantsso.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentExportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

@KeycloakIntegrationTest
class RoutingPolicyApiTest {

    private static final String UI_TAB_PROVIDER = "org.keycloak.services.ui.extend.UiTabProvider";

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

    /** Claims first: sharing cannot be turned off while a domain is verified twice. */
    @AfterEach
    void restoreDefaults() {
        for (JsonNode claim : api.get("/domains").json()) {
            api.delete("/tenants/" + claim.path("tenantId").asText() + "/domains/"
                    + claim.path("domain").asText());
        }
        api.put(
                "/policy",
                "{\"crossTenantDomainSharing\": false, \"ambiguousNewUser\": \"BLOCK\", \"activeTenantLogin\": true, \"hintParameter\": \"tenantId\"}");
    }

    @Test
    void startsWithTheDefaultsOfTheDesign() {
        JsonNode policy = api.get("/policy").json();

        assertThat(policy.path("crossTenantDomainSharing").asBoolean()).isFalse();
        assertThat(policy.path("ambiguousNewUser").asText()).isEqualTo("BLOCK");
        assertThat(policy.path("activeTenantLogin").asBoolean()).isTrue();
        assertThat(policy.path("hintParameter").asText()).isEqualTo("tenantId");
    }

    @Test
    void updatesOnlyTheFieldsGiven() {
        Reply reply = api.put("/policy", "{\"ambiguousNewUser\": \"first_created\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode policy = api.get("/policy").json();
        assertThat(policy.path("ambiguousNewUser").asText()).isEqualTo("FIRST_CREATED");
        assertThat(policy.path("hintParameter").asText()).isEqualTo("tenantId");
        assertThat(policy.path("activeTenantLogin").asBoolean()).isTrue();
    }

    @Test
    void rejectsAHintParameterThatShadowsAnOidcParameter() {
        Reply reply =
                api.put("/policy", "{\"hintParameter\": \"login_hint\", \"ambiguousNewUser\": \"FIRST_CREATED\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_policy");
        assertThat(reply.json().path("field").asText()).isEqualTo("hintParameter");
        assertThat(api.get("/policy").json().path("ambiguousNewUser").asText()).isEqualTo("BLOCK");
    }

    @Test
    void rejectsAnUnknownAmbiguityPolicy() {
        Reply reply = api.put("/policy", "{\"ambiguousNewUser\": \"RANDOM\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).isEqualTo("ambiguousNewUser");
    }

    @Test
    void rejectsAWrongJsonType() {
        Reply reply = api.put("/policy", "{\"crossTenantDomainSharing\": \"yes please\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_request");
        assertThat(api.get("/policy").json().path("crossTenantDomainSharing").asBoolean())
                .isFalse();
    }

    @Test
    void letsSeveralTenantsVerifyOneDomainWhenSharingIsOn() {
        api.put("/policy", "{\"crossTenantDomainSharing\": true}");
        String acme = Tenants.create(realm, "acme");
        String globex = Tenants.create(realm, "globex");

        assertThat(claimAndVerify(acme, "shared.example").status()).isEqualTo(200);
        assertThat(claimAndVerify(globex, "shared.example").status()).isEqualTo(200);
    }

    @Test
    void refusesToTurnSharingOffWhileADomainIsVerifiedTwice() {
        api.put("/policy", "{\"crossTenantDomainSharing\": true}");
        String acme = Tenants.create(realm, "acme");
        String globex = Tenants.create(realm, "globex");
        claimAndVerify(acme, "twice.example");
        claimAndVerify(globex, "twice.example");

        Reply reply = api.put("/policy", "{\"crossTenantDomainSharing\": false}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.error()).isEqualTo("domains_shared");
        assertThat(reply.json().path("values")).extracting(JsonNode::asText).containsExactly("twice.example");
        assertThat(api.get("/policy").json().path("crossTenantDomainSharing").asBoolean())
                .isTrue();

        api.delete("/tenants/" + globex + "/domains/twice.example");
        assertThat(api.put("/policy", "{\"crossTenantDomainSharing\": false}").status())
                .isEqualTo(200);
        api.post("/tenants/" + globex + "/domains", "{\"domain\": \"twice.example\"}");
        assertThat(api.post("/tenants/" + globex + "/domains/twice.example/verify", "{\"method\": \"admin\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void endsTwoConcurrentVerificationsOfOneDomainWithExactlyOneVerifiedClaim() throws Exception {
        String acme = Tenants.create(realm, "acme");
        String globex = Tenants.create(realm, "globex");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String domain = "race" + round + ".example";
                api.post("/tenants/" + acme + "/domains", "{\"domain\": \"" + domain + "\"}");
                api.post("/tenants/" + globex + "/domains", "{\"domain\": \"" + domain + "\"}");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Reply>> replies = new ArrayList<>();
                for (String tenant : List.of(acme, globex)) {
                    Callable<Reply> verify = () -> {
                        start.await();
                        return api.post(
                                "/tenants/" + tenant + "/domains/" + domain + "/verify", "{\"method\": \"admin\"}");
                    };
                    replies.add(pool.submit(verify));
                }
                start.countDown();

                List<Integer> statuses = List.of(
                        replies.get(0).get().status(), replies.get(1).get().status());
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                long verified = api.get("/domains").json().findValues("domain").stream()
                        .filter(d -> d.asText().equals(domain))
                        .count();
                assertThat(verified).isEqualTo(2);
                assertThat(verifiedCount(domain))
                        .as("verified claims on %s", domain)
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long verifiedCount(String domain) {
        long count = 0;
        for (JsonNode claim : api.get("/domains").json()) {
            if (claim.path("domain").asText().equals(domain)
                    && claim.path("status").asText().equals("VERIFIED")) {
                count++;
            }
        }
        return count;
    }

    private Reply claimAndVerify(String tenant, String domain) {
        api.post("/tenants/" + tenant + "/domains", "{\"domain\": \"" + domain + "\"}");
        return api.post("/tenants/" + tenant + "/domains/" + domain + "/verify", "{\"method\": \"admin\"}");
    }

    /**
     * A realm export carries the tab's component but not the policy, and Keycloak's import stores the component
     * without the tab's own save: the tab then shows the policy the pack stores, not the source's.
     */
    @Test
    void aRealmImportedWithTheTabsComponentShowsTheStoredPolicyInTheTab() {
        RealmRepresentation imported = new RealmRepresentation();
        imported.setRealm("policy-tab-import");
        imported.setEnabled(true);
        ComponentExportRepresentation tab = new ComponentExportRepresentation();
        tab.setName("Tenant SSO");
        tab.setProviderId("Tenant SSO");
        MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
        config.putSingle("hintParameter", "org");
        config.putSingle("crossTenantDomainSharing", "true");
        tab.setConfig(config);
        MultivaluedHashMap<String, ComponentExportRepresentation> components = new MultivaluedHashMap<>();
        components.add(UI_TAB_PROVIDER, tab);
        imported.setComponents(components);
        admin.realms().create(imported);
        try {
            AdminApi importedApi = new AdminApi(
                    urls.getBase(),
                    "policy-tab-import",
                    () -> admin.tokenManager().getAccessTokenString());
            String realmId = admin.realm("policy-tab-import").toRepresentation().getId();

            assertThat(importedApi.get("/policy").json().path("hintParameter").asText())
                    .isEqualTo("tenantId");
            assertThat(admin.realm("policy-tab-import").components().query(realmId, UI_TAB_PROVIDER))
                    .singleElement()
                    .satisfies(component -> {
                        assertThat(component.getConfig().getFirst("hintParameter"))
                                .isEqualTo("tenantId");
                        assertThat(component.getConfig().getFirst("crossTenantDomainSharing"))
                                .isEqualTo("false");
                    });
        } finally {
            admin.realm("policy-tab-import").remove();
        }
    }
}
