package io.github.tenantsso.domain;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import io.github.tenantsso.domain.InvalidDomainException.Reason;
import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain name in the one form the pack stores and compares: lower-case ASCII (IDN labels in punycode), no
 * trailing dot. Only names a tenant could own are accepted: no wildcards, IP addresses, single labels or public
 * suffixes (Guava's copy of the Public Suffix List, ICANN and private sections).
 */
public final class DomainName implements Comparable<DomainName> {

    static final int MAX_LENGTH = 253;
    static final int MAX_LABEL_LENGTH = 63;
    /** Longer input is refused before any work is done on it; its Unicode form may exceed the ASCII limit. */
    private static final int MAX_INPUT_LENGTH = 1000;

    private final String value;

    private DomainName(String value) {
        this.value = value;
    }

    /**
     * A name as the pack stored it, already the output of {@link #parse}: taken as it is, since re-validating every
     * claim would dominate reading a realm's claims for the routing index.
     */
    public static DomainName ofStored(String normalized) {
        return new DomainName(Objects.requireNonNull(normalized, "normalized"));
    }

    /**
     * Normalizes and validates a domain name as typed by an admin or taken from an e-mail address.
     *
     * @throws InvalidDomainException saying what is wrong with it
     */
    public static DomainName parse(String input) {
        String name = input == null ? "" : input.strip();
        if (name.length() > MAX_INPUT_LENGTH) {
            throw new InvalidDomainException(
                    Reason.NAME_TOO_LONG, "The domain name is longer than " + MAX_LENGTH + " characters.");
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            throw new InvalidDomainException(Reason.EMPTY, "Enter a domain name, such as example.com.");
        }
        if (name.contains("*")) {
            throw new InvalidDomainException(
                    Reason.WILDCARD,
                    "Wildcards are not allowed: claim the domain itself, and include its subdomains if needed.");
        }
        if (InetAddresses.isUriInetAddress(name) || InetAddresses.isInetAddress(name)) {
            throw new InvalidDomainException(Reason.IP_ADDRESS, "'" + name + "' is an IP address, not a domain name.");
        }

        String ascii = toAscii(name);
        List<String> labels = List.of(ascii.split("\\.", -1));
        if (ascii.length() > MAX_LENGTH) {
            throw new InvalidDomainException(
                    Reason.NAME_TOO_LONG,
                    "The domain name is " + ascii.length() + " characters long; at most " + MAX_LENGTH
                            + " are allowed.");
        }
        if (labels.size() < 2) {
            throw new InvalidDomainException(
                    Reason.SINGLE_LABEL,
                    "'" + ascii + "' has a single label; use a full domain name, such as " + ascii + ".com.");
        }
        if (labels.get(labels.size() - 1).chars().allMatch(Character::isDigit)) {
            throw new InvalidDomainException(
                    Reason.NUMERIC_TOP_LEVEL, "A top-level domain cannot be numeric: '" + ascii + "'.");
        }
        InternetDomainName parsed;
        try {
            parsed = InternetDomainName.from(ascii);
        } catch (IllegalArgumentException e) {
            throw invalidCharacters(name);
        }
        if (parsed.isPublicSuffix()) {
            throw new InvalidDomainException(
                    Reason.PUBLIC_SUFFIX,
                    "'" + ascii
                            + "' is a public suffix that many owners share; claim a name registered under it, such as example."
                            + ascii + ".");
        }
        return new DomainName(ascii);
    }

    /** The domain of an e-mail address, validated as {@link EmailAddress#parse(String)} does. */
    public static DomainName ofEmail(String email) {
        return EmailAddress.parse(email).domain();
    }

    /** This name's parent, one label shorter, unless that would be a single label or a public suffix. */
    public Optional<DomainName> parent() {
        int dot = value.indexOf('.');
        String rest = value.substring(dot + 1);
        if (rest.indexOf('.') < 0 || InternetDomainName.from(rest).isPublicSuffix()) {
            return Optional.empty();
        }
        return Optional.of(new DomainName(rest));
    }

    public String value() {
        return value;
    }

    /** The name in Unicode, for display. */
    public String unicode() {
        return IDN.toUnicode(value);
    }

    private static String toAscii(String name) {
        String[] labels = name.split("[.\u3002\uFF0E\uFF61]", -1);
        StringBuilder ascii = new StringBuilder(name.length());
        for (String label : labels) {
            if (label.isEmpty()) {
                throw new InvalidDomainException(
                        Reason.EMPTY_LABEL, "'" + name + "' has an empty label (two dots in a row, or a leading dot).");
            }
            String asciiLabel;
            try {
                asciiLabel = IDN.toASCII(label, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException e) {
                if (label.length() > MAX_LABEL_LENGTH
                        || e.getMessage() != null && e.getMessage().contains("too long")) {
                    throw labelTooLong(label);
                }
                throw invalidCharacters(name);
            }
            if (asciiLabel.isEmpty()) {
                throw invalidCharacters(name);
            }
            if (asciiLabel.length() > MAX_LABEL_LENGTH) {
                throw labelTooLong(label);
            }
            if (!ascii.isEmpty()) {
                ascii.append('.');
            }
            ascii.append(asciiLabel.toLowerCase(Locale.ROOT));
        }
        return ascii.toString();
    }

    private static InvalidDomainException labelTooLong(String label) {
        String shown = label.length() > 20 ? label.substring(0, 20) + "..." : label;
        return new InvalidDomainException(
                Reason.LABEL_TOO_LONG,
                "The label '" + shown + "' is longer than " + MAX_LABEL_LENGTH + " characters (in its ASCII form).");
    }

    private static InvalidDomainException invalidCharacters(String name) {
        return new InvalidDomainException(
                Reason.INVALID_CHARACTERS,
                "'" + name
                        + "' is not a valid domain name: use letters, digits and hyphens, with no hyphen at the start or end of a label.");
    }

    @Override
    public int compareTo(DomainName other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainName other && value.equals(other.value);
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
