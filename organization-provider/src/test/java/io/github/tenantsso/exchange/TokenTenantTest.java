package io.github.tenantsso.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenTenantTest {

    @Test
    void readsTheTenantIdUnderATopLevelClaim() {
        assertThat(TokenTenant.tenantId(Map.of("tenant", Map.of("id", "t1", "alias", "acme")), "tenant"))
                .contains("t1");
    }

    @Test
    void followsANestedClaimPath() {
        assertThat(TokenTenant.tenantId(Map.of("ctx", Map.of("tenant", Map.of("id", "t2"))), "ctx.tenant"))
                .contains("t2");
    }

    @Test
    void treatsAnEscapedDotAsPartOfTheName() {
        assertThat(TokenTenant.tenantId(Map.of("my.tenant", Map.of("id", "t3")), "my\\.tenant"))
                .contains("t3");
    }

    @Test
    void namesNoTenantWhereTheClaimIsMissingOrNotATenant() {
        assertThat(TokenTenant.tenantId(Map.of(), "tenant")).isEmpty();
        assertThat(TokenTenant.tenantId(Map.of("tenant", "acme"), "tenant")).isEmpty();
        assertThat(TokenTenant.tenantId(Map.of("tenant", Map.of("id", 7)), "tenant"))
                .isEmpty();
        assertThat(TokenTenant.tenantId(Map.of("ctx", "x"), "ctx.tenant")).isEmpty();
    }
}
