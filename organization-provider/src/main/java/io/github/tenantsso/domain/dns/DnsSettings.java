package io.github.tenantsso.domain.dns;

import com.google.common.net.InetAddresses;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The DNS settings of domain verification: which resolver to ask and how long to wait for it.
 */
public final class DnsSettings {

    /** Config property: the resolver as {@code host} or {@code host:port}; unset means the system's name servers. */
    public static final String RESOLVER_PROPERTY = "dns-resolver";
    /** Config property: how long one lookup may take, in milliseconds. */
    public static final String TIMEOUT_PROPERTY = "dns-timeout-ms";

    public static final int DEFAULT_PORT = 53;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(5000);
    static final long MAX_TIMEOUT_MILLIS = 60_000;

    private static final Pattern HOSTNAME =
            Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    private final String resolverHost;
    private final int resolverPort;
    private final Duration timeout;

    private DnsSettings(String resolverHost, int resolverPort, Duration timeout) {
        this.resolverHost = resolverHost;
        this.resolverPort = resolverPort;
        this.timeout = timeout;
    }

    /**
     * Reads the two properties as configured; {@code null} or blank means the default.
     *
     * @param resolver      {@code host} or {@code host:port}: an IPv4 address, an IPv6 address in brackets, or a hostname
     * @param timeoutMillis whole milliseconds, 1 to 60000
     * @throws IllegalArgumentException naming the setting and what is wrong with it
     */
    public static DnsSettings parse(String resolver, String timeoutMillis) {
        Duration timeout = parseTimeout(timeoutMillis);
        if (resolver == null || resolver.isBlank()) {
            return new DnsSettings(null, DEFAULT_PORT, timeout);
        }
        String value = resolver.strip();
        String host;
        String port;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw invalidResolver(value, "the IPv6 address has no closing bracket");
            }
            host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw invalidResolver(value, "expected ':port' after the IPv6 address");
            }
            port = rest.isEmpty() ? null : rest.substring(1);
            if (!host.contains(":") || !InetAddresses.isInetAddress(host)) {
                throw invalidResolver(value, "'" + host + "' in brackets is not an IPv6 address");
            }
        } else {
            int colon = value.indexOf(':');
            if (colon != value.lastIndexOf(':')) {
                // Without brackets "::1:53" could be an address or an address and a port.
                throw invalidResolver(value, "put an IPv6 address in brackets, such as [" + value + "] or [::1]:53");
            }
            host = colon < 0 ? value : value.substring(0, colon);
            port = colon < 0 ? null : value.substring(colon + 1);
            if (!InetAddresses.isInetAddress(host) && !HOSTNAME.matcher(host).matches()) {
                throw invalidResolver(value, "'" + host + "' is neither an IP address nor a host name");
            }
        }
        return new DnsSettings(host, port == null ? DEFAULT_PORT : parsePort(value, port), timeout);
    }

    private static int parsePort(String resolver, String port) {
        if (!port.isEmpty() && port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int number = Integer.parseInt(port);
            if (number >= 1 && number <= 65535) {
                return number;
            }
        }
        throw invalidResolver(resolver, "port must be 1-65535");
    }

    private static Duration parseTimeout(String timeoutMillis) {
        if (timeoutMillis == null || timeoutMillis.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        String value = timeoutMillis.strip();
        if (value.length() <= 6 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long millis = Long.parseLong(value);
            if (millis >= 1 && millis <= MAX_TIMEOUT_MILLIS) {
                return Duration.ofMillis(millis);
            }
        }
        throw new IllegalArgumentException("spi-tenant-sso--default--" + TIMEOUT_PROPERTY + " '" + value
                + "': must be a whole number of milliseconds from 1 to " + MAX_TIMEOUT_MILLIS);
    }

    private static IllegalArgumentException invalidResolver(String resolver, String problem) {
        return new IllegalArgumentException(
                "spi-tenant-sso--default--" + RESOLVER_PROPERTY + " '" + resolver + "': " + problem);
    }

    /** The configured resolver's host (an IP address or a host name), or empty for the system's name servers. */
    public Optional<String> resolverHost() {
        return Optional.ofNullable(resolverHost);
    }

    public int resolverPort() {
        return resolverPort;
    }

    /**
     * The configured resolver as a socket address, or empty for the system's name servers. A host name is looked up
     * here, through the JVM's resolver; an IP address is not.
     */
    public Optional<InetSocketAddress> resolverAddress() {
        return resolverHost().map(host -> new InetSocketAddress(host, resolverPort));
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        String host = resolverHost == null
                ? "system name servers"
                : (resolverHost.contains(":") ? "[" + resolverHost + "]" : resolverHost) + ":" + resolverPort;
        return "DnsSettings[resolver=" + host + ", timeout=" + timeout.toMillis() + " ms]";
    }
}
