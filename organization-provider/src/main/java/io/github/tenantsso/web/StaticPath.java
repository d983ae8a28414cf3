package io.github.tenantsso.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which file of a built single-page application a request path names, if any. A file is served only by its exact
 * name from the build's own list, so no request path, however encoded, reaches anything else of the class path; a
 * name that could climb out of the application ({@code ..}, a leading or doubled slash, a backslash, an encoded or
 * control character) is refused before that lookup, and so is a file type the application has no business serving.
 */
public final class StaticPath {

    /** One segment: starts with a letter or digit, then letters, digits, dot, dash and underscore only. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private static final int MAX_SEGMENTS = 4;

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "html", "text/html;charset=utf-8",
            "json", "application/json",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private StaticPath() {}

    /**
     * @param path the path asked for, below the application's root, as the request decoded it
     * @param files the names the build produced, relative to its root (for example {@code assets/index-3f2a.js})
     * @param hashedPrefix the folder whose file names carry a hash of their content, so never change
     */
    public record Request(String path, Set<String> files, String hashedPrefix) {}

    public sealed interface Outcome {}

    /** @param immutable whether the name carries the content's hash, so a browser may keep it for good */
    public record File(String name, String mediaType, boolean immutable) implements Outcome {}

    public record Refused() implements Outcome {}

    public static Outcome resolve(Request request) {
        String path = request.path();
        if (path == null
                || path.isEmpty()
                || !wellFormed(path)
                || !request.files().contains(path)) {
            return new Refused();
        }
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String mediaType = MEDIA_TYPES.get(extension);
        if (mediaType == null) {
            return new Refused();
        }
        return new File(path, mediaType, path.startsWith(request.hashedPrefix()));
    }

    private static boolean wellFormed(String path) {
        String[] segments = path.split("/", -1);
        if (segments.length > MAX_SEGMENTS) {
            return false;
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return false;
            }
        }
        return true;
    }
}
