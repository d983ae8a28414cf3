package io.github.tenantsso.benchmarks.load;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The cookies of one browser on one server: kept by name and path, sent where the path matches. Keycloak marks its
 * cookies {@code Secure}, which a browser honours on http://127.0.0.1 too, so the attribute is ignored; domains are
 * ignored because the driver talks to one host.
 */
final class CookieJar {

    private record Key(String name, String path) {}

    private final Map<Key, String> cookies = new LinkedHashMap<>();

    /** Stores the cookies of the {@code Set-Cookie} headers of an answer to a request for {@code uri}. */
    void store(URI uri, List<String> setCookieHeaders) {
        for (String header : setCookieHeaders) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = defaultPath(uri);
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim();
                String lower = attribute.toLowerCase();
                if (lower.startsWith("path=")) {
                    path = attribute.substring(5);
                } else if (lower.equals("max-age=0") || lower.startsWith("max-age=-")) {
                    expired = true;
                } else if (lower.startsWith("expires=") && lower.contains("1970")) {
                    expired = true;
                }
            }
            Key key = new Key(name, path);
            if (expired) {
                cookies.remove(key);
            } else {
                cookies.put(key, value);
            }
        }
    }

    /** The {@code Cookie} header for a request to {@code uri}, if any cookie applies. */
    Optional<String> header(URI uri) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String header = cookies.entrySet().stream()
                .filter(e -> matches(e.getKey().path(), path))
                .map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Optional.empty() : Optional.of(header);
    }

    /** A jar with the cookies of this one whose name passes the filter. */
    CookieJar copy(Predicate<String> names) {
        CookieJar copy = new CookieJar();
        cookies.forEach((key, value) -> {
            if (names.test(key.name())) {
                copy.cookies.put(key, value);
            }
        });
        return copy;
    }

    private static boolean matches(String cookiePath, String requestPath) {
        if (requestPath.equals(cookiePath) || cookiePath.equals("/")) {
            return true;
        }
        String prefix = cookiePath.endsWith("/") ? cookiePath : cookiePath + "/";
        return requestPath.startsWith(prefix);
    }

    private static String defaultPath(URI uri) {
        String path = uri.getPath();
        int slash = path == null ? -1 : path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
