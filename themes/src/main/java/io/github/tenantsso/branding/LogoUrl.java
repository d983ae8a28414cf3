package io.github.tenantsso.branding;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's logo address: {@code https}, or {@code http} on this machine only (for development); at most
 * {@value #MAX_LENGTH} characters of the URI syntax, without quotes, parentheses, backslashes, angle brackets or
 * spaces, so that it can end neither an HTML attribute nor a CSS {@code url()}.
 */
public final class LogoUrl {

    static final int MAX_LENGTH = 2000;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&*+,;=%]+");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String value;

    private LogoUrl(String value) {
        this.value = value;
    }

    public static Optional<LogoUrl> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String url = value.strip();
        if (url.isEmpty() || url.length() > MAX_LENGTH || !ALLOWED.matcher(url).matches()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https")
                || scheme.equals("http") && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
        return allowed ? Optional.of(new LogoUrl(url)) : Optional.empty();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogoUrl url && url.value.equals(value);
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
