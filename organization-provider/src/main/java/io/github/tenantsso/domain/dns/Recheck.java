package io.github.tenantsso.domain.dns;

import java.time.Duration;
import java.util.Objects;

/**
 * What a periodic re-check of a DNS-verified claim means for it. A claim stays verified while its record holds the
 * token; once the record is gone (the name answers without the token, or does not exist), it stays verified for a
 * grace period, so that a DNS change made in error can be undone, and then lapses. A lookup that gets no answer says
 * nothing about the record and changes nothing.
 */
public final class Recheck {

    /**
     * @param result        what the lookup found
     * @param missingSince  when an earlier re-check first found the record gone, or {@code null}
     * @param now           the time of this re-check, in epoch milliseconds
     * @param grace         how long a record may be gone before the claim lapses
     */
    public record Input(VerificationResult result, Long missingSince, long now, Duration grace) {

        public Input {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(grace, "grace");
        }
    }

    public sealed interface Outcome {}

    /** The record holds the token; {@code recovered} when an earlier re-check had found it gone. */
    public record Present(boolean recovered) implements Outcome {}

    /** The record is gone since {@code since}; the claim lapses at {@code lapsesAt} unless it comes back. */
    public record Missing(long since, long lapsesAt, boolean firstSeen) implements Outcome {}

    /** The record has been gone for longer than the grace period: the claim is no longer verified. */
    public record Lapsed(long missingSince) implements Outcome {}

    /** The lookup failed; nothing is known about the record. */
    public record Unknown(String reason) implements Outcome {}

    private Recheck() {}

    public static Outcome decide(Input input) {
        VerificationResult result = input.result();
        if (result instanceof VerificationResult.Verified) {
            return new Present(input.missingSince() != null);
        }
        if (result instanceof VerificationResult.LookupFailed failed) {
            return new Unknown(failed.message());
        }
        long since = input.missingSince() == null ? input.now() : Math.min(input.missingSince(), input.now());
        long lapsesAt = since + input.grace().toMillis();
        if (input.now() >= lapsesAt && input.missingSince() != null) {
            return new Lapsed(since);
        }
        return new Missing(since, lapsesAt, input.missingSince() == null);
    }
}
