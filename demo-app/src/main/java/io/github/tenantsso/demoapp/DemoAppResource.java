package io.github.tenantsso.demoapp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * Serves the sample application's three files and nothing else. Every answer forbids inline script and style and
 * lets the page talk to its own origin only; none sets a cookie: the page keeps its tokens in memory.
 */
final class DemoAppResource implements RealmResourceProvider {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final KeycloakSession session;

    DemoAppResource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        // Keycloak would replace this page's policy by the realm's own, which restricts only frames and objects.
        session.getProvider(SecurityHeadersProvider.class).options().skipHeaders();
        return this;
    }

    @GET
    public Response page(@Context UriInfo uri) {
        // The page's relative links (app.js, app.css) and its redirect URI need the trailing slash.
        if (!uri.getRequestUri().getRawPath().endsWith("/")) {
            return withHeaders(Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(uri.getRequestUriBuilder()
                            .replacePath(uri.getRequestUri().getRawPath() + "/")
                            .replaceQuery(null)
                            .build()));
        }
        return serve("");
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        return serve(file);
    }

    private static Response serve(String path) {
        return StaticFile.named(path)
                .map(file -> withHeaders(Response.ok(read(file.resource()), file.mediaType())))
                .orElseGet(() -> withHeaders(Response.status(Response.Status.NOT_FOUND)));
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoAppResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo-app JAR lacks " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response withHeaders(Response.ResponseBuilder response) {
        return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                // The page's address holds the authorization code for a moment after sign-in: send it nowhere.
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .build();
    }

    @Override
    public void close() {}
}
