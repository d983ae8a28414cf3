package io.github.tenantsso.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyPatchTest {

    private static final RoutingPolicy CURRENT = new RoutingPolicy(true, AmbiguousNewUser.FIRST_CREATED, false, "org");

    @Test
    void fieldsLeftOutKeepTheirCurrentValues() {
        assertThat(new PolicyPatch(null, null, null, null).applyTo(CURRENT)).isEqualTo(CURRENT);
    }

    @Test
    void fieldsGivenReplaceTheirCurrentValues() {
        assertThat(new PolicyPatch(false, "block", true, "tenant").applyTo(CURRENT))
                .isEqualTo(new RoutingPolicy(false, AmbiguousNewUser.BLOCK, true, "tenant"));
        assertThat(new PolicyPatch(null, null, true, null).applyTo(CURRENT))
                .isEqualTo(new RoutingPolicy(true, AmbiguousNewUser.FIRST_CREATED, true, "org"));
    }

    @Test
    void aValueThePolicyCannotTakeIsRefusedNamingItsField() {
        assertThatThrownBy(() -> new PolicyPatch(null, "RANDOM", null, null).applyTo(CURRENT))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("ambiguousNewUser"));
        assertThatThrownBy(() -> new PolicyPatch(null, null, null, "login_hint").applyTo(CURRENT))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("hintParameter"));
    }
}
