package io.github.tenantsso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationMethodTest {

    @Test
    void noMethodIsTheCallersOwnDefault() {
        assertThat(VerificationMethod.parse(null, VerificationMethod.DNS)).contains(VerificationMethod.DNS);
        assertThat(VerificationMethod.parse(null, VerificationMethod.ADMIN)).contains(VerificationMethod.ADMIN);
    }

    @Test
    void aMethodIsReadInAnyCase() {
        assertThat(VerificationMethod.parse(" dns ", VerificationMethod.ADMIN)).contains(VerificationMethod.DNS);
        assertThat(VerificationMethod.parse("Admin", VerificationMethod.DNS)).contains(VerificationMethod.ADMIN);
    }

    @Test
    void aValueNamingNoMethodIsRefusedWhateverTheDefault() {
        assertThat(VerificationMethod.parse("email", VerificationMethod.DNS)).isEmpty();
        assertThat(VerificationMethod.parse("", VerificationMethod.ADMIN)).isEmpty();
    }
}
