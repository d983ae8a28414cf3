package io.github.tenantsso.connection.setup;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs the server may fetch for a tenant admin (a discovery document, SAML metadata) or may let Keycloak fetch
 * later (token, user info and key endpoints). A tenant admin must not make the server reach into its own network:
 * every address the host resolves to must be public, or all of them loopback where the server's option allows
 * loopback (tests, a demo on one machine). A public host needs https; loopback may use http.
 */
public final class FetchTargets {

    /** Longer URLs are refused before they are parsed. */
    public static final int MAX_URL_LENGTH = 2048;

    private FetchTargets() {}

    public sealed interface Outcome {}

    public record Allowed() implements Outcome {}

    public record Refused(SetupRefusal reason) implements Outcome {}

    /** The URL as the caller gave it, before any name is resolved. */
    public sealed interface Parsed {}

    public record Url(URI uri) implements Parsed {}

    public record Malformed() implements Parsed {}

    public static Parsed parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            return new Malformed();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("https") || scheme.equals("http");
            return web && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                    ? new Url(uri)
                    : new Malformed();
        } catch (URISyntaxException e) {
            return new Malformed();
        }
    }

    /**
     * @param addresses every address the URL's host resolves to; empty when it resolves to none
     * @param loopbackAllowed the server's option that lets loopback addresses be fetched
     */
    public record Input(URI uri, List<InetAddress> addresses, boolean loopbackAllowed) {
        public Input {
            addresses = List.copyOf(addresses);
        }
    }

    public static Outcome decide(Input input) {
        if (input.addresses().isEmpty()) {
            return new Refused(SetupRefusal.URL_UNRESOLVED);
        }
        boolean allLoopback = input.addresses().stream().allMatch(InetAddress::isLoopbackAddress);
        if (allLoopback) {
            return input.loopbackAllowed() ? new Allowed() : new Refused(SetupRefusal.URL_ADDRESS_NOT_PUBLIC);
        }
        if (!input.addresses().stream().allMatch(FetchTargets::isPublic)) {
            return new Refused(SetupRefusal.URL_ADDRESS_NOT_PUBLIC);
        }
        return "https".equalsIgnoreCase(input.uri().getScheme())
                ? new Allowed()
                : new Refused(SetupRefusal.URL_NOT_HTTPS);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // Unique local addresses (fc00::/7), the IPv6 private range Java does not call site-local.
            return (bytes[0] & 0xfe) != 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 0/8, carrier-grade NAT 100.64/10, benchmarking 198.18/15 and the reserved 240/4.
        return first != 0
                && !(first == 100 && second >= 64 && second < 128)
                && !(first == 198 && (second == 18 || second == 19))
                && first < 240;
    }
}
