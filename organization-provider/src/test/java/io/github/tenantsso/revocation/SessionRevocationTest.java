package io.github.tenantsso.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionRevocationTest {

    private static final SessionFacts IN_GLOBEX_THROUGH_ACME =
            new SessionFacts(Optional.of("globex"), Set.of("globex"), Optional.of("acme-oidc"));
    private static final SessionFacts SWITCHED_ON_TO_INITECH =
            new SessionFacts(Optional.of("initech"), Set.of("globex", "initech"), Optional.of("acme-oidc"));
    private static final SessionFacts PASSWORD_LOGIN = new SessionFacts(Optional.empty(), Set.of(), Optional.empty());

    @Test
    void removalEndsTheSessionsThatWereEverInTheTenant() {
        assertThat(SessionRevocation.decide(IN_GLOBEX_THROUGH_ACME, new Revoked.Membership("globex", false)))
                .isEqualTo(new SessionFate.End());
        assertThat(SessionRevocation.decide(SWITCHED_ON_TO_INITECH, new Revoked.Membership("globex", false)))
                .isEqualTo(new SessionFate.End());
    }

    @Test
    void removalEndsAPasswordSessionOnlyWhereTheTenantWasTheActiveOne() {
        assertThat(SessionRevocation.decide(PASSWORD_LOGIN, new Revoked.Membership("globex", true)))
                .isEqualTo(new SessionFate.End());
        assertThat(SessionRevocation.decide(PASSWORD_LOGIN, new Revoked.Membership("globex", false)))
                .isEqualTo(new SessionFate.Remember("globex"));
    }

    @Test
    void removalLeavesOtherSessionsRunningButRemembered() {
        assertThat(SessionRevocation.decide(IN_GLOBEX_THROUGH_ACME, new Revoked.Membership("acme", true)))
                .isEqualTo(new SessionFate.Remember("acme"));
    }

    @Test
    void severingEndsTheSessionsThroughTheConnectionThatWereEverInTheTrustingTenant() {
        assertThat(SessionRevocation.decide(SWITCHED_ON_TO_INITECH, new Revoked.Trust("globex", "acme-oidc")))
                .isEqualTo(new SessionFate.End());
        assertThat(SessionRevocation.decide(IN_GLOBEX_THROUGH_ACME, new Revoked.Trust("initech", "acme-oidc")))
                .isEqualTo(new SessionFate.Keep());
        assertThat(SessionRevocation.decide(IN_GLOBEX_THROUGH_ACME, new Revoked.Trust("globex", "globex-saml")))
                .isEqualTo(new SessionFate.Keep());
        assertThat(SessionRevocation.decide(PASSWORD_LOGIN, new Revoked.Trust("globex", "acme-oidc")))
                .isEqualTo(new SessionFate.Keep());
    }
}
