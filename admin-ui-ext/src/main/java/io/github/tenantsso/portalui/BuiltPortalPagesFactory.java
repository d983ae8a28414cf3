package io.github.tenantsso.portalui;

import io.github.tenantsso.portal.PortalPages;
import io.github.tenantsso.portal.PortalPagesFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The portal's pages as the Maven build made them from {@code admin-ui-ext/portal} into this JAR's
 * {@code portal-ui/}: the build's own list {@code files.txt} names them, and they are read once, at start.
 */
public final class BuiltPortalPagesFactory implements PortalPagesFactory {

    public static final String ID = "built";

    static final String ROOT = "portal-ui/";

    static final String LIST = "files.txt";

    private Map<String, byte[]> files;

    @Override
    public PortalPages create(KeycloakSession session) {
        return new BuiltPortalPages(files);
    }

    @Override
    public void init(Config.Scope config) {
        files = read();
    }

    /** The page and every file the build listed, by name; a JAR built without them is a broken build. */
    static Map<String, byte[]> read() {
        Map<String, byte[]> read = new LinkedHashMap<>();
        read.put(PortalPages.INDEX, resource(PortalPages.INDEX));
        for (String name : new String(resource(LIST), StandardCharsets.UTF_8).split("\n")) {
            if (!name.isBlank()) {
                read.put(name.strip(), resource(name.strip()));
            }
        }
        return Map.copyOf(read);
    }

    private static byte[] resource(String name) {
        try (InputStream in = BuiltPortalPagesFactory.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("The admin-ui-ext JAR lacks " + ROOT + name
                        + ": build it with ./mvnw, which builds the portal's pages with npm");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }

    private record BuiltPortalPages(Map<String, byte[]> content) implements PortalPages {

        @Override
        public Set<String> files() {
            return content.keySet();
        }

        @Override
        public byte[] read(String name) {
            return content.get(name).clone();
        }
    }
}
