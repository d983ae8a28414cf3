package io.github.tenantsso.branding;

import java.util.Optional;

/**
 * The name a login page shows for a tenant: text of 1 to {@value #MAX_CODE_POINTS} characters without control or
 * bidirectional-override characters (which could make the page show a name other than the one stored). It is text,
 * never markup: the templates escape it.
 */
public final class DisplayName {

    static final int MAX_CODE_POINTS = 80;

    private final String value;

    private DisplayName(String value) {
        this.value = value;
    }

    public static Optional<DisplayName> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip();
        int length = name.codePointCount(0, name.length());
        if (length == 0 || length > MAX_CODE_POINTS || name.codePoints().anyMatch(DisplayName::forbidden)) {
            return Optional.empty();
        }
        return Optional.of(new DisplayName(name));
    }

    private static boolean forbidden(int codePoint) {
        return Character.isISOControl(codePoint)
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x200E
                || codePoint == 0x200F
                || Character.getType(codePoint) == Character.UNASSIGNED
                || Character.getType(codePoint) == Character.PRIVATE_USE
                || Character.getType(codePoint) == Character.SURROGATE;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisplayName name && name.value.equals(value);
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
