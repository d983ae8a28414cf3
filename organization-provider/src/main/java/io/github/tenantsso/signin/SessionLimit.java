package io.github.tenantsso.signin;

import java.util.Objects;

/**
 * Whether a user session may go on under its tenant's {@link SessionLimits}: its age counts from when it started
 * (a session moved into the tenant by session exchange keeps its start), its idle time from its last activity.
 * Where the session is in no tenant, or the tenant sets no limit, only the realm's limits apply.
 */
public final class SessionLimit {

    private SessionLimit() {}

    /**
     * @param now          the current time, epoch seconds
     * @param started      when the session started, epoch seconds
     * @param lastActivity the session's last login or refresh, epoch seconds
     * @param limits       the limits of the session's tenant; {@link SessionLimits#REALM} for a session in none
     */
    public record Input(long now, long started, long lastActivity, SessionLimits limits) {
        public Input {
            Objects.requireNonNull(limits, "limits");
        }
    }

    public sealed interface Outcome {}

    /** The session goes on. */
    public record Within() implements Outcome {}

    /** The session has passed a limit of its tenant: it ends, and its refresh token with it. */
    public record Expired(Reason reason) implements Outcome {
        public Expired {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public enum Reason {
        MAX_SESSION_AGE,
        MAX_IDLE
    }

    public static Outcome decide(Input input) {
        Integer maxAge = input.limits().maxSessionAgeSeconds();
        if (maxAge != null && input.now() - input.started() > maxAge) {
            return new Expired(Reason.MAX_SESSION_AGE);
        }
        Integer maxIdle = input.limits().maxIdleSeconds();
        if (maxIdle != null && input.now() - input.lastActivity() > maxIdle) {
            return new Expired(Reason.MAX_IDLE);
        }
        return new Within();
    }
}
