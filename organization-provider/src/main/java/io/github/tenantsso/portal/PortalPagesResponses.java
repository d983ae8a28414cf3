package io.github.tenantsso.portal;

import io.github.tenantsso.web.StaticPath;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.KeycloakSession;

/**
 * The answers of {@code /realms/{realm}/tenant-sso/portal/} and its {@code assets/}: the built pages of
 * {@link PortalPages}, under a policy that allows the pages' own files and calls to their own origin only (no inline
 * script or style, no frames), and none of them sets a cookie: the pages keep their tokens in memory.
 */
public final class PortalPagesResponses {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'self'";

    private final KeycloakSession session;

    public PortalPagesResponses(KeycloakSession session) {
        this.session = session;
    }

    /** The page; its relative links and the sign-in's redirect URI need the trailing slash. */
    public Response page(UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        if (!path.endsWith("/")) {
            return headers(Response.status(Response.Status.MOVED_PERMANENTLY)
                            .location(uri.getRequestUriBuilder()
                                    .replacePath(path + "/")
                                    .build()))
                    .header("Cache-Control", "no-store")
                    .build();
        }
        return file(PortalPages.INDEX);
    }

    /** A file of the build's {@code assets/}, by its name there. */
    public Response asset(String name) {
        return file(PortalPages.HASHED + name);
    }

    private Response file(String path) {
        Optional<PortalPages> pages = Optional.ofNullable(session.getProvider(PortalPages.class));
        StaticPath.Outcome outcome = pages.<StaticPath.Outcome>map(
                        built -> StaticPath.resolve(new StaticPath.Request(path, built.files(), PortalPages.HASHED)))
                .orElseGet(StaticPath.Refused::new);
        if (outcome instanceof StaticPath.File file) {
            return headers(Response.ok(pages.orElseThrow().read(file.name()), file.mediaType()))
                    // The page names the current assets, so it is checked each time; the assets never change.
                    .header("Cache-Control", file.immutable() ? "public, max-age=31536000, immutable" : "no-cache")
                    .build();
        }
        return headers(Response.status(Response.Status.NOT_FOUND).type("text/plain;charset=utf-8"))
                .entity("Not found.")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Response.ResponseBuilder headers(Response.ResponseBuilder response) {
        // Keycloak would replace this policy by the realm's own, which restricts only frames and objects.
        session.getProvider(SecurityHeadersProvider.class).options().skipHeaders();
        return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                // The page's address holds the authorization code for a moment after sign-in: send it nowhere.
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }
}
