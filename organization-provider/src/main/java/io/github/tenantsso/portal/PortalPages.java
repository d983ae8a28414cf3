package io.github.tenantsso.portal;

import java.util.Set;
import org.keycloak.provider.Provider;

/**
 * The portal's built pages: an optional JAR (admin-ui-ext) provides them, so the core serves the portal's API with or
 * without its pages and never depends on how they are built.
 */
public interface PortalPages extends Provider {

    /** The page itself, one of {@link #files()}. */
    String INDEX = "index.html";

    /** The folder of the build's files whose names carry a hash of their content. */
    String HASHED = "assets/";

    /** The names the build produced, relative to the pages' root: {@link #INDEX} and the files below {@link #HASHED}. */
    Set<String> files();

    /** The content of one of {@link #files()}. */
    byte[] read(String name);

    @Override
    default void close() {}
}
