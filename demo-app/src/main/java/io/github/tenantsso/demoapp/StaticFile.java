package io.github.tenantsso.demoapp;

import java.util.Map;
import java.util.Optional;

/**
 * One file of the sample application: the name it is served under, the class path resource it comes from, and its
 * media type.
 */
record StaticFile(String resource, String mediaType) {

    /**
     * The whole application, by the path under {@code demo-app/} ("" for the page itself). Looked up by exact name, so
     * no request path, however encoded, reaches any other resource of the class path.
     */
    private static final Map<String, StaticFile> FILES = Map.of(
            "", new StaticFile("demo-app/index.html", "text/html;charset=utf-8"),
            "app.js", new StaticFile("demo-app/app.js", "text/javascript;charset=utf-8"),
            "app.css", new StaticFile("demo-app/app.css", "text/css;charset=utf-8"));

    static Optional<StaticFile> named(String path) {
        return Optional.ofNullable(FILES.get(path));
    }
}
