package io.github.tenantsso.it.harness;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes of an authenticator app for a secret Keycloak's OTP set-up page hands out, by RFC 6238 with Keycloak's
 * default OTP policy (HmacSHA1, 6 digits, 30 seconds; the key is the secret's bytes, as Keycloak's
 * {@code TimeBasedOTP} takes it).
 */
public final class Totp {

    private static final int PERIOD_SECONDS = 30;

    private Totp() {}

    /** The code of the period {@code periodsAhead} after the current one (Keycloak accepts the next one too). */
    public static String code(String secret, int periodsAhead) {
        long counter = System.currentTimeMillis() / 1000 / PERIOD_SECONDS + periodsAhead;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another code of the same length, which the secret does not give for now. */
    public static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
