package io.github.tenantsso.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionLimitTest {

    private static final long STARTED = 1_000_000L;

    private static SessionLimit.Outcome at(long now, long lastActivity, Integer maxAge, Integer maxIdle) {
        return SessionLimit.decide(
                new SessionLimit.Input(now, STARTED, lastActivity, new SessionLimits(maxAge, maxIdle)));
    }

    @Test
    void aSessionInATenantWithoutLimitsGoesOnWhateverItsAge() {
        assertThat(SessionLimit.decide(
                        new SessionLimit.Input(STARTED + 10_000_000, STARTED, STARTED, SessionLimits.REALM)))
                .isInstanceOf(SessionLimit.Within.class);
    }

    @Test
    void endsASessionOlderThanTheTenantsMaximumAgeEvenWhileActive() {
        assertThat(at(STARTED + 61, STARTED + 60, 60, null))
                .isEqualTo(new SessionLimit.Expired(SessionLimit.Reason.MAX_SESSION_AGE));
    }

    @Test
    void keepsASessionExactlyAtTheTenantsMaximumAge() {
        assertThat(at(STARTED + 60, STARTED + 60, 60, null)).isInstanceOf(SessionLimit.Within.class);
    }

    @Test
    void endsASessionIdleLongerThanTheTenantsMaximumIdleTime() {
        assertThat(at(STARTED + 100, STARTED + 89, null, 10))
                .isEqualTo(new SessionLimit.Expired(SessionLimit.Reason.MAX_IDLE));
        assertThat(at(STARTED + 100, STARTED + 90, null, 10)).isInstanceOf(SessionLimit.Within.class);
    }

    @Test
    void namesTheAgeWhereBothLimitsArePassed() {
        assertThat(at(STARTED + 100, STARTED, 50, 10))
                .isEqualTo(new SessionLimit.Expired(SessionLimit.Reason.MAX_SESSION_AGE));
    }

    @Test
    void acceptsLimitsUpToTheRealmsAndNullForTheRealms() {
        assertThat(SessionLimits.of(36_000, 1_800, 36_000, 1_800)).isEqualTo(new SessionLimits(36_000, 1_800));
        assertThat(SessionLimits.of(null, null, 36_000, 1_800).isRealms()).isTrue();
    }

    @Test
    void refusesALimitLongerThanTheRealmsWithItsOwnCode() {
        assertThatThrownBy(() -> SessionLimits.of(36_001, null, 36_000, 1_800))
                .isInstanceOfSatisfying(InvalidTenantPolicyException.class, e -> {
                    assertThat(e.code()).isEqualTo(SessionLimits.EXCEEDS_REALM);
                    assertThat(e.field()).isEqualTo("maxSessionAgeSeconds");
                    assertThat(e.getMessage()).contains("36001", "36000");
                });
        assertThatThrownBy(() -> SessionLimits.of(null, 1_801, 36_000, 1_800))
                .isInstanceOfSatisfying(InvalidTenantPolicyException.class, e -> {
                    assertThat(e.code()).isEqualTo(SessionLimits.EXCEEDS_REALM);
                    assertThat(e.field()).isEqualTo("maxIdleSeconds");
                });
    }

    @Test
    void refusesALimitThatIsNotPositive() {
        for (int seconds : new int[] {0, -1, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> SessionLimits.of(seconds, null, 36_000, 1_800))
                    .isInstanceOfSatisfying(InvalidTenantPolicyException.class, e -> {
                        assertThat(e.code()).isEqualTo(InvalidTenantPolicyException.INVALID);
                        assertThat(e.field()).isEqualTo("maxSessionAgeSeconds");
                    });
        }
    }
}
