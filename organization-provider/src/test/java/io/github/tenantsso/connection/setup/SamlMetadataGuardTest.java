package io.github.tenantsso.connection.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SamlMetadataGuardTest {

    private static final String METADATA =
            "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://idp.example\"/>";

    @Test
    void passesPlainMetadataWithinTheLimit() {
        assertThat(SamlMetadataGuard.check(METADATA, 1024)).isEmpty();
    }

    @Test
    void refusesADoctypeOrAnEntityInAnyCase() {
        assertThat(SamlMetadataGuard.check(
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + METADATA,
                        4096))
                .isEqualTo(Optional.of(SetupRefusal.METADATA_DTD_FORBIDDEN));
        assertThat(SamlMetadataGuard.check("<!doctype x>" + METADATA, 4096))
                .isEqualTo(Optional.of(SetupRefusal.METADATA_DTD_FORBIDDEN));
    }

    @Test
    void refusesMetadataLargerThanTheLimitBeforeLookingAtIt() {
        assertThat(SamlMetadataGuard.check(METADATA + " ".repeat(1024), 1024))
                .isEqualTo(Optional.of(SetupRefusal.METADATA_TOO_LARGE));
    }

    @Test
    void refusesEmptyMetadata() {
        assertThat(SamlMetadataGuard.check("  ", 1024)).isEqualTo(Optional.of(SetupRefusal.METADATA_INVALID));
    }
}
