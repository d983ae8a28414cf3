package io.github.tenantsso.domain;

import java.util.Locale;
import java.util.Optional;

/** How a claim was verified. */
public enum VerificationMethod {
    /** The claim's token was found in the DNS TXT record. */
    DNS,
    /** A realm admin vouched for it. */
    ADMIN;

    /**
     * Reads a method given by name, in any case. Callers differ in what no method means, so each names its own
     * default: the admin API checks DNS unless told otherwise, an import takes a verified claim on the word of the
     * document's source.
     *
     * @return empty for a value that names no method
     */
    public static Optional<VerificationMethod> parse(String value, VerificationMethod whenAbsent) {
        if (value == null) {
            return Optional.of(whenAbsent);
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (VerificationMethod method : values()) {
            if (method.name().equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
