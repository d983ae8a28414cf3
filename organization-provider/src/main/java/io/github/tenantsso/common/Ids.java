package io.github.tenantsso.common;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Identifiers and secrets the pack generates.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** 256 random bits, URL-safe: fits a DNS TXT record and a URL unchanged. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
