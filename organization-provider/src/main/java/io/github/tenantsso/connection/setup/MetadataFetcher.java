package io.github.tenantsso.connection.setup;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.http.HttpEntity;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.DnsResolver;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.BasicHttpClientConnectionManager;

/**
 * Fetches a tenant admin's discovery document or SAML metadata. The client connects only to the addresses that
 * {@link FetchTargets} allowed, resolved once (so a name cannot resolve to a public address for the check and to a
 * private one for the connection), follows no redirect, uses no proxy, and reads a bounded body.
 */
public final class MetadataFetcher {

    private static final int TIMEOUT_MILLIS = 5000;

    private final boolean loopbackAllowed;
    private final long maxBytes;

    public MetadataFetcher(boolean loopbackAllowed, long maxBytes) {
        this.loopbackAllowed = loopbackAllowed;
        this.maxBytes = maxBytes;
    }

    /** Checks a URL the server will not fetch now but Keycloak will, at sign-in (token, user info, keys). */
    public void check(String url, String field) throws SetupRefusedException {
        URI uri = uri(url, field);
        allowed(uri, resolve(uri, field), field);
    }

    public String fetch(String url, String field) throws SetupRefusedException {
        URI uri = uri(url, field);
        InetAddress[] addresses = resolve(uri, field);
        allowed(uri, addresses, field);
        DnsResolver pinned = host -> {
            if (!host.equalsIgnoreCase(uri.getHost())) {
                throw new UnknownHostException(host);
            }
            return addresses.clone();
        };
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectTimeout(TIMEOUT_MILLIS)
                .setConnectionRequestTimeout(TIMEOUT_MILLIS)
                .setSocketTimeout(TIMEOUT_MILLIS)
                .setRedirectsEnabled(false)
                .build();
        try (CloseableHttpClient client = HttpClients.custom()
                        .setConnectionManager(new BasicHttpClientConnectionManager(
                                RegistryBuilder.<ConnectionSocketFactory>create()
                                        .register("http", PlainConnectionSocketFactory.getSocketFactory())
                                        .register("https", SSLConnectionSocketFactory.getSystemSocketFactory())
                                        .build(),
                                null,
                                null,
                                pinned))
                        .setDefaultRequestConfig(timeouts)
                        .disableRedirectHandling()
                        .disableCookieManagement()
                        .disableAuthCaching()
                        .build();
                CloseableHttpResponse response = client.execute(new HttpGet(uri))) {
            HttpEntity entity = response.getEntity();
            if (response.getStatusLine().getStatusCode() != 200 || entity == null) {
                throw new SetupRefusedException(SetupRefusal.FETCH_FAILED, field);
            }
            try (InputStream body = entity.getContent()) {
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new SetupRefusedException(SetupRefusal.METADATA_TOO_LARGE, field);
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new SetupRefusedException(SetupRefusal.FETCH_FAILED, field);
        }
    }

    private static URI uri(String url, String field) throws SetupRefusedException {
        if (FetchTargets.parse(url) instanceof FetchTargets.Url parsed) {
            return parsed.uri();
        }
        throw new SetupRefusedException(SetupRefusal.URL_INVALID, field);
    }

    private static InetAddress[] resolve(URI uri, String field) throws SetupRefusedException {
        try {
            return InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new SetupRefusedException(SetupRefusal.URL_UNRESOLVED, field);
        }
    }

    private void allowed(URI uri, InetAddress[] addresses, String field) throws SetupRefusedException {
        List<InetAddress> all = Arrays.asList(addresses);
        if (FetchTargets.decide(new FetchTargets.Input(uri, all, loopbackAllowed))
                instanceof FetchTargets.Refused refused) {
            throw new SetupRefusedException(refused.reason(), field);
        }
    }
}
