package io.github.tenantsso.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the session-limit rule over generated sessions and limits (fixed seed, so a failure names its input
 * and reproduces).
 */
class SessionLimitPropertiesTest {

    static Stream<SessionLimit.Input> inputs() {
        Random random = new Random(20261208L);
        return IntStream.range(0, 500).mapToObj(i -> {
            long started = 1_700_000_000L + random.nextInt(1_000_000);
            long lastActivity = started + random.nextInt(5_000);
            long now = lastActivity + random.nextInt(5_000);
            Integer maxAge = random.nextInt(3) == 0 ? null : 1 + random.nextInt(8_000);
            Integer maxIdle = random.nextInt(3) == 0 ? null : 1 + random.nextInt(4_000);
            return new SessionLimit.Input(now, started, lastActivity, new SessionLimits(maxAge, maxIdle));
        });
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void aSessionEndsExactlyWhenItHasPassedOneOfItsTenantsLimits(SessionLimit.Input input) {
        SessionLimits limits = input.limits();
        boolean tooOld =
                limits.maxSessionAgeSeconds() != null && input.now() - input.started() > limits.maxSessionAgeSeconds();
        boolean tooIdle =
                limits.maxIdleSeconds() != null && input.now() - input.lastActivity() > limits.maxIdleSeconds();

        assertThat(SessionLimit.decide(input) instanceof SessionLimit.Expired).isEqualTo(tooOld || tooIdle);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void theRealmsLimitsAloneNeverEndASession(SessionLimit.Input input) {
        assertThat(SessionLimit.decide(new SessionLimit.Input(
                        input.now(), input.started(), input.lastActivity(), SessionLimits.REALM)))
                .isInstanceOf(SessionLimit.Within.class);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void anExpiredSessionStaysExpiredAsTimeGoesOnWithoutActivity(SessionLimit.Input input) {
        if (SessionLimit.decide(input) instanceof SessionLimit.Expired) {
            assertThat(SessionLimit.decide(new SessionLimit.Input(
                            input.now() + 1_000, input.started(), input.lastActivity(), input.limits())))
                    .isInstanceOf(SessionLimit.Expired.class);
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void storableLimitsAreNeverLongerThanTheRealms(SessionLimit.Input input) {
        int realmAge = 1 + (int) (input.started() % 8_000);
        int realmIdle = 1 + (int) (input.lastActivity() % 4_000);
        Integer age = input.limits().maxSessionAgeSeconds();
        Integer idle = input.limits().maxIdleSeconds();
        boolean storable = (age == null || age <= realmAge) && (idle == null || idle <= realmIdle);
        try {
            SessionLimits stored = SessionLimits.of(age, idle, realmAge, realmIdle);
            assertThat(storable).isTrue();
            assertThat(stored).isEqualTo(input.limits());
        } catch (InvalidTenantPolicyException e) {
            assertThat(storable).isFalse();
            assertThat(e.code()).isEqualTo(SessionLimits.EXCEEDS_REALM);
        }
    }
}
