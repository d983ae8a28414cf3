package io.github.tenantsso.it.harness;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves tenants' logos over HTTP on loopback, the one place the pack accepts an http logo URL, so that the browser
 * tests load real images without the Internet.
 */
public final class LogoServer implements AutoCloseable {

    private final HttpServer server;

    private LogoServer(HttpServer server) {
        this.server = server;
    }

    /** @param svgByName SVG documents, served at {@code /<name>.svg} */
    public static LogoServer start(Map<String, String> svgByName) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            svgByName.forEach((name, svg) -> server.createContext("/" + name + ".svg", exchange -> {
                byte[] body = svg.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "image/svg+xml");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }));
            server.start();
            return new LogoServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String name) {
        return "http://localhost:" + server.getAddress().getPort() + "/" + name + ".svg";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
