package io.github.tenantsso;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the Tenant SSO pack, as written into the provider JAR by the build.
 */
public final class PackVersion {

    private static final String RESOURCE = "tenant-sso.properties";
    private static final String VALUE = load();

    private PackVersion() {}

    public static String get() {
        return VALUE;
    }

    private static String load() {
        try (InputStream in = PackVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " next to " + PackVersion.class.getName());
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
