package io.github.tenantsso.rest;

/**
 * Input repeated in an error message is cut short: an error names what is wrong, it does not send a hostile body
 * back to its sender (or into a log).
 */
public final class Echo {

    static final int MAX_ECHO = 64;

    private Echo() {}

    public static String bounded(String input) {
        if (input == null) {
            return "";
        }
        return input.length() <= MAX_ECHO ? input : input.substring(0, MAX_ECHO) + "...";
    }
}
