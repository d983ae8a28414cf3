package io.github.tenantsso.domain.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.domain.dns.DnsLookupException.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecheckTest {

    private static final Duration GRACE = Duration.ofHours(72);
    private static final long NOW = 1_000_000_000L;
    private static final String NAME = "_kc-tenant-sso.acme.test";

    @Test
    void aRecordThatIsThereKeepsTheClaim() {
        assertThat(decide(new VerificationResult.Verified(NAME), null)).isEqualTo(new Recheck.Present(false));
    }

    @Test
    void aRecordThatCameBackIsARecovery() {
        assertThat(decide(new VerificationResult.Verified(NAME), NOW - 1000)).isEqualTo(new Recheck.Present(true));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void aRecordFirstFoundGoneStartsTheGracePeriod(int otherRecords) {
        assertThat(decide(new VerificationResult.TokenNotFound(NAME, otherRecords), null))
                .isEqualTo(new Recheck.Missing(NOW, NOW + GRACE.toMillis(), true));
    }

    @Test
    void aRecordStillGoneWithinTheGracePeriodKeepsItsFirstMissingTime() {
        long since = NOW - GRACE.toMillis() + 1;

        assertThat(decide(new VerificationResult.TokenNotFound(NAME, 0), since))
                .isEqualTo(new Recheck.Missing(since, since + GRACE.toMillis(), false));
    }

    @Test
    void aRecordGoneForTheWholeGracePeriodLapsesTheClaim() {
        long since = NOW - GRACE.toMillis();

        assertThat(decide(new VerificationResult.TokenNotFound(NAME, 0), since)).isEqualTo(new Recheck.Lapsed(since));
    }

    @Test
    void aFirstMissNeverLapsesAtOnceEvenWithTheShortestGrace() {
        Recheck.Outcome outcome = Recheck.decide(
                new Recheck.Input(new VerificationResult.TokenNotFound(NAME, 0), null, NOW, Duration.ofMillis(1)));

        assertThat(outcome).isInstanceOf(Recheck.Missing.class);
    }

    @Test
    void aFailedLookupChangesNothingWhateverTheHistory() {
        VerificationResult failed = new VerificationResult.LookupFailed(NAME, Kind.TIMEOUT, "no answer");

        assertThat(decide(failed, null)).isEqualTo(new Recheck.Unknown("no answer"));
        assertThat(decide(failed, NOW - GRACE.toMillis() * 10)).isEqualTo(new Recheck.Unknown("no answer"));
    }

    @Test
    void aMissingTimeInTheFutureIsTakenAsNow() {
        assertThat(decide(new VerificationResult.TokenNotFound(NAME, 0), NOW + 5000))
                .isEqualTo(new Recheck.Missing(NOW, NOW + GRACE.toMillis(), false));
    }

    private static Recheck.Outcome decide(VerificationResult result, Long missingSince) {
        return Recheck.decide(new Recheck.Input(result, missingSince, NOW, GRACE));
    }
}
