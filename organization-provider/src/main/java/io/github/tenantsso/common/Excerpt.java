package io.github.tenantsso.common;

/**
 * Bounds what an error message quotes of its input, so that a hostile document cannot make the answer (or the log)
 * as large as itself.
 */
public final class Excerpt {

    public static final int MAX_CHARS = 64;

    private Excerpt() {}

    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= MAX_CHARS
                ? value
                : value.substring(0, MAX_CHARS) + "... (" + value.length() + " characters)";
    }

    public static final int MAX_MESSAGE_CHARS = 300;

    /** A message built elsewhere that may quote its input, cut to a bounded length. */
    public static String message(String message) {
        return message == null || message.length() <= MAX_MESSAGE_CHARS
                ? message
                : message.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
}
