package io.github.tenantsso.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingPolicyTest {

    @Test
    void defaultsToNoSharingBlockingAmbiguityAndActiveTenantLogin() {
        assertThat(RoutingPolicy.DEFAULT.crossTenantDomainSharing()).isFalse();
        assertThat(RoutingPolicy.DEFAULT.ambiguousNewUser()).isEqualTo(AmbiguousNewUser.BLOCK);
        assertThat(RoutingPolicy.DEFAULT.activeTenantLogin()).isTrue();
        assertThat(RoutingPolicy.DEFAULT.hintParameter()).isEqualTo("tenantId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "org", "tenant_id", "x-tenant", "t.id"})
    void acceptsOrdinaryParameterNames(String name) {
        assertThat(new RoutingPolicy(false, AmbiguousNewUser.BLOCK, true, name).hintParameter())
                .isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"login_hint", "Login_Hint", "client_id", "kc_idp_hint", "prompt", "redirect_uri"})
    void rejectsNamesThatShadowProtocolParameters(String name) {
        assertThatThrownBy(() -> new RoutingPolicy(false, AmbiguousNewUser.BLOCK, true, name))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("hintParameter"))
                .hasMessageContaining(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1tenant", "tenant id", "<script>", "tenant&x=1"})
    void rejectsMalformedParameterNames(String name) {
        assertThatThrownBy(() -> new RoutingPolicy(false, AmbiguousNewUser.BLOCK, true, name))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("hintParameter"));
    }

    @Test
    void rejectsParameterNamesLongerThan64Characters() {
        assertThat(new RoutingPolicy(false, AmbiguousNewUser.BLOCK, true, "t".repeat(64)).hintParameter())
                .hasSize(64);
        assertThatThrownBy(() -> new RoutingPolicy(false, AmbiguousNewUser.BLOCK, true, "t".repeat(65)))
                .isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void requiresAnAmbiguityPolicy() {
        assertThatThrownBy(() -> new RoutingPolicy(false, null, true, "tenantId"))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("ambiguousNewUser"));
    }

    @Test
    void readsTheAmbiguityPolicyWhateverItsCase() {
        assertThat(RoutingPolicy.parseAmbiguousNewUser(" first_created ")).isEqualTo(AmbiguousNewUser.FIRST_CREATED);
        assertThatThrownBy(() -> RoutingPolicy.parseAmbiguousNewUser("RANDOM"))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("ambiguousNewUser"))
                .hasMessageContaining("BLOCK or FIRST_CREATED");
    }
}
