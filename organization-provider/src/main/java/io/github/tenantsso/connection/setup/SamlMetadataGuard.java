package io.github.tenantsso.connection.setup;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What SAML metadata must pass before any XML parser sees it: a bounded size and no document type declaration, so no
 * entity (internal, external or the billion-laughs kind) is ever expanded, whatever the parser's own settings.
 */
public final class SamlMetadataGuard {

    private SamlMetadataGuard() {}

    /** The refusal, or empty when the metadata may be parsed. */
    public static Optional<SetupRefusal> check(String xml, long maxBytes) {
        if (xml == null || xml.isBlank()) {
            return Optional.of(SetupRefusal.METADATA_INVALID);
        }
        if (xml.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            return Optional.of(SetupRefusal.METADATA_TOO_LARGE);
        }
        String upper = xml.toUpperCase(Locale.ROOT);
        if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
            return Optional.of(SetupRefusal.METADATA_DTD_FORBIDDEN);
        }
        return Optional.empty();
    }
}
