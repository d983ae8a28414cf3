package io.github.tenantsso.vanity;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host name that names one tenant, such as {@code login.acme.example}: lower case, ASCII (IDN in punycode), without
 * port or trailing dot. Organization attributes are compared with this form, so a stored value must be in it.
 */
public final class VanityHost {

    private static final int MAX_LENGTH = 253;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]+");
    private static final Pattern PORT = Pattern.compile(":[0-9]{1,5}$");

    private final String value;

    private VanityHost(String value) {
        this.value = value;
    }

    /** Reads a host name an administrator gives, naming what is wrong with it. */
    public static VanityHost parse(String host) {
        if (host == null || host.isBlank()) {
            throw new InvalidVanityHostException("A vanity host must not be empty.");
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.contains("*")) {
            throw new InvalidVanityHostException("A vanity host must not contain wildcards: '" + host + "'.");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw new InvalidVanityHostException("'" + host + "' is not a valid host name: " + e.getMessage());
        }
        if (ascii.isEmpty() || ascii.length() > MAX_LENGTH) {
            throw new InvalidVanityHostException(
                    "A vanity host must hold 1 to " + MAX_LENGTH + " characters: '" + host + "'.");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidVanityHostException(
                    "A vanity host needs at least two labels, such as login.example.com: '" + host + "'.");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidVanityHostException("'" + host + "' is not a valid host name: label '" + label + "'.");
            }
        }
        if (NUMERIC.matcher(labels[labels.length - 1]).matches()) {
            throw new InvalidVanityHostException(
                    "A vanity host must be a DNS name, not an IP address: '" + host + "'.");
        }
        return new VanityHost(ascii);
    }

    /**
     * The vanity host a request came to, from its host (with or without port); empty for IP addresses and anything
     * that is not a host name, which never name a tenant.
     */
    public static Optional<VanityHost> ofRequestHost(String host) {
        if (host == null || host.startsWith("[")) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(PORT.matcher(host.strip()).replaceFirst("")));
        } catch (InvalidVanityHostException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VanityHost host && host.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
