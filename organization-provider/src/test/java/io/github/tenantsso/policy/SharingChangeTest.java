package io.github.tenantsso.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharingChangeTest {

    private static final RoutingPolicy SHARING = new RoutingPolicy(true, AmbiguousNewUser.BLOCK, true, "tenantId");
    private static final RoutingPolicy NOT_SHARING = RoutingPolicy.DEFAULT;

    @Test
    void sharingCannotEndWhileADomainIsVerifiedByMoreThanOneTenant() {
        assertThat(SharingChange.decide(SHARING, NOT_SHARING, List.of("acme.test")))
                .isEqualTo(new SharingChange.StillShared(List.of("acme.test")));
    }

    @Test
    void sharingMayEndOnceNoDomainIsShared() {
        assertThat(SharingChange.decide(SHARING, NOT_SHARING, List.of())).isInstanceOf(SharingChange.Allowed.class);
    }

    @Test
    void onlyEndingSharingReadsOrCountsTheSharedDomains() {
        assertThat(SharingChange.turnsOff(SHARING, NOT_SHARING)).isTrue();
        assertThat(SharingChange.turnsOff(NOT_SHARING, SHARING)).isFalse();
        assertThat(SharingChange.turnsOff(SHARING, SHARING)).isFalse();
        assertThat(SharingChange.decide(SHARING, SHARING, List.of("acme.test")))
                .isInstanceOf(SharingChange.Allowed.class);
        assertThat(SharingChange.decide(NOT_SHARING, SHARING, List.of("acme.test")))
                .isInstanceOf(SharingChange.Allowed.class);
    }
}
