package io.github.tenantsso.routing.decision;

import io.github.tenantsso.routing.Candidate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the login does next, and why (the reason goes into the audit event).
 */
public sealed interface RoutingOutcome {

    Reason reason();

    /** Send the user to this connection's identity provider, with the e-mail as {@code login_hint}. */
    record Redirect(Candidate connection, Reason reason) implements RoutingOutcome {
        public Redirect {
            Objects.requireNonNull(connection);
            Objects.requireNonNull(reason);
        }

        /**
         * The tenant the login must land in, or be refused: the one the hint named. A redirect chosen by the e-mail's
         * domain names none, and lands by the connection's own rule, as an IdP-initiated login does.
         */
        public Optional<String> hintedTenant() {
            return reason == Reason.HINT ? Optional.of(connection.tenantId()) : Optional.empty();
        }
    }

    /** Continue with the flow's default method (password, passwordless, ...). */
    record DefaultMethod(Reason reason) implements RoutingOutcome {
        public DefaultMethod {
            Objects.requireNonNull(reason);
        }
    }

    /**
     * Several tenants claim the domain and the policy refuses to guess: no SSO redirect; the user is told to use their
     * organization's own sign-in link and may continue with the default method.
     */
    record Blocked(Reason reason) implements RoutingOutcome {
        public Blocked {
            Objects.requireNonNull(reason);
        }
    }

    enum Reason {
        /** The hinted tenant owns or trusts a connection for the domain. */
        HINT,
        /** The hinted tenant has no connection for the domain. */
        HINT_WITHOUT_SSO,
        /** The hint names no tenant, or a disabled one; answered like {@link #HINT_WITHOUT_SSO}. */
        HINT_UNUSABLE,
        /** No tenant has verified the domain with a usable connection. */
        NO_SSO,
        /** One tenant claims the domain. */
        SINGLE_TENANT,
        /** An existing user's active tenant is among the tenants claiming the domain. */
        ACTIVE_TENANT,
        /** Several tenants claim the domain, and the policy blocks. */
        AMBIGUOUS,
        /** Several tenants claim the domain, and the policy takes the first created. */
        FIRST_CREATED
    }
}
