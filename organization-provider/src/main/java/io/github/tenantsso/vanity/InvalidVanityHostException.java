package io.github.tenantsso.vanity;

/**
 * A vanity host value that is not a host name the pack can match, with the reason.
 */
public final class InvalidVanityHostException extends IllegalArgumentException {

    InvalidVanityHostException(String message) {
        super(message);
    }
}
