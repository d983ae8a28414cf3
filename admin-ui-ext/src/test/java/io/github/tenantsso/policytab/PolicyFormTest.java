package io.github.tenantsso.policytab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.policy.InvalidPolicyException;
import io.github.tenantsso.policy.RoutingPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyFormTest {

    private static final RoutingPolicy SHARING = new RoutingPolicy(true, AmbiguousNewUser.FIRST_CREATED, false, "org");

    @Test
    void readsEveryField() {
        RoutingPolicy policy = PolicyForm.patch(Map.of(
                        "crossTenantDomainSharing", List.of("true"),
                        "ambiguousNewUser", List.of("first_created"),
                        "activeTenantLogin", List.of("false"),
                        "hintParameter", List.of(" org ")))
                .applyTo(RoutingPolicy.DEFAULT);

        assertThat(policy).isEqualTo(SHARING);
    }

    @Test
    void keepsTheCurrentValueOfAFieldLeftOut() {
        RoutingPolicy policy =
                PolicyForm.patch(Map.of("activeTenantLogin", List.of("true"))).applyTo(SHARING);

        assertThat(policy).isEqualTo(new RoutingPolicy(true, AmbiguousNewUser.FIRST_CREATED, true, "org"));
    }

    @Test
    void refusesAnEmptiedHintParameter() {
        assertThatThrownBy(() ->
                        PolicyForm.patch(Map.of("hintParameter", List.of(" "))).applyTo(SHARING))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("hintParameter must start with a letter");
    }

    @Test
    void refusesAnEmptiedSwitch() {
        assertThatThrownBy(() -> PolicyForm.patch(Map.of("crossTenantDomainSharing", List.of("")))
                        .applyTo(SHARING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crossTenantDomainSharing must be true or false, not ''.");
    }

    @Test
    void ignoresTheRouteParametersTheConsoleAdds() {
        Map<String, List<String>> form = new HashMap<>(PolicyForm.write(SHARING));
        form.put("realm", List.of("saas"));
        form.put("tab", List.of("tenant-sso"));

        assertThat(PolicyForm.patch(form).applyTo(RoutingPolicy.DEFAULT)).isEqualTo(SHARING);
        assertThat(PolicyForm.shows(form, SHARING)).isTrue();
    }

    @Test
    void namesTheFieldOfAValueThatIsNotABoolean() {
        assertThatThrownBy(() -> PolicyForm.patch(Map.of("activeTenantLogin", List.of("yes")))
                        .applyTo(RoutingPolicy.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activeTenantLogin must be true or false, not 'yes'.");
    }

    @Test
    void refusesAHintParameterTheAdminApiRefuses() {
        assertThatThrownBy(() -> PolicyForm.patch(Map.of("hintParameter", List.of("login_hint")))
                        .applyTo(RoutingPolicy.DEFAULT))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("login_hint");
    }

    @Test
    void refusesAnUnknownAmbiguityRule() {
        assertThatThrownBy(() -> PolicyForm.patch(Map.of("ambiguousNewUser", List.of("RANDOM")))
                        .applyTo(RoutingPolicy.DEFAULT))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("BLOCK or FIRST_CREATED");
    }

    @Test
    void showsOnlyThePolicyItWasWrittenFrom() {
        assertThat(PolicyForm.shows(PolicyForm.write(SHARING), SHARING)).isTrue();
        assertThat(PolicyForm.shows(PolicyForm.write(SHARING), RoutingPolicy.DEFAULT))
                .isFalse();
        assertThat(PolicyForm.shows(Map.of(), RoutingPolicy.DEFAULT)).isFalse();
    }
}
