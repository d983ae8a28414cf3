package io.github.tenantsso.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionLinkTest {

    @Test
    void anUnlinkedProviderIsLinkedToTheOrganizationNamed() {
        assertThat(ConnectionLink.decide(null, "org-acme")).isEqualTo(new ConnectionLink.Link("org-acme"));
    }

    @Test
    void anUnlinkedProviderNeedsAnOrganization() {
        assertThat(ConnectionLink.decide(null, null)).isInstanceOf(ConnectionLink.OrganizationMissing.class);
    }

    @Test
    void aLinkedProviderStaysWithItsOwner() {
        assertThat(ConnectionLink.decide("org-acme", "org-acme")).isEqualTo(new ConnectionLink.Keep("org-acme"));
        assertThat(ConnectionLink.decide("org-acme", null)).isEqualTo(new ConnectionLink.Keep("org-acme"));
    }

    @Test
    void aProviderLinkedToAnotherOrganizationIsNeverBoundToThisOne() {
        assertThat(ConnectionLink.decide("org-acme", "org-globex"))
                .isEqualTo(new ConnectionLink.OwnedElsewhere("org-acme"));
    }
}
