package io.github.tenantsso.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BenchRealmsTest {

    private final BenchRealms realms = new BenchRealms(10, "http://127.0.0.1:8180");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aBatchHoldsEachTenantFromFirstToLastWithItsVerifiedDomainAndIdentityProvider() throws IOException {
        JsonNode batch = mapper.readTree(realms.tenantBatch(BenchRealms.PACK, 4, 6));

        assertThat(batch).hasSize(3);
        assertThat(batch.get(0).path("organization").path("alias").asText()).isEqualTo("t4");
        assertThat(batch.get(2)
                        .path("organization")
                        .path("domains")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("t6.bench.test");
        assertThat(batch.get(2)
                        .path("organization")
                        .path("domains")
                        .get(0)
                        .path("verified")
                        .asBoolean())
                .isTrue();
        assertThat(batch.get(2).path("identityProvider").path("alias").asText()).isEqualTo(BenchRealms.connection(6));
    }

    @Test
    void thePackRealmsIdentityProvidersLandThroughThePacksFlowsWithoutKeycloaksOrganizationRedirect()
            throws IOException {
        JsonNode idp = mapper.readTree(realms.tenantBatch(BenchRealms.PACK, 1, 1))
                .get(0)
                .path("identityProvider");

        assertThat(idp.path("firstBrokerLoginFlowAlias").asText()).isEqualTo("tenant-sso first broker login");
        assertThat(idp.path("postBrokerLoginFlowAlias").asText()).isEqualTo("tenant-sso landing");
        assertThat(idp.path("config").has("kc.org.domain")).isFalse();
    }

    @Test
    void theVanillaRealmsIdentityProvidersRedirectByKeycloaksOrganizationDomain() throws IOException {
        JsonNode idp = mapper.readTree(realms.tenantBatch(BenchRealms.VANILLA, 3, 3))
                .get(0)
                .path("identityProvider");

        assertThat(idp.path("config").path("kc.org.domain").asText()).isEqualTo("t3.bench.test");
        assertThat(idp.path("config")
                        .path("kc.org.broker.redirect.mode.email-matches")
                        .asText())
                .isEqualTo("true");
        assertThat(idp.has("postBrokerLoginFlowAlias")).isFalse();
    }
}
