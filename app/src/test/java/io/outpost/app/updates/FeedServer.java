package io.outpost.app.updates;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A release feed on loopback for tests: {@code /releases.atom} answers the feed the test sets (GitHub's shape by
 * default: {@link #github}), or the status it sets, after the delay it sets. It keeps each request's method and
 * User-Agent.
 */
public final class FeedServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile byte[] body = github("v0.3.0", "v0.2.0").getBytes(StandardCharsets.UTF_8);
    private volatile int status = 200;
    private volatile long delayMillis;

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** GitHub's releases.atom with one entry per tag, newest first, each linking to its https release page. */
    public static String github(String... tags) {
        StringBuilder feed = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en-US">
                  <id>tag:github.com,2008:https://github.com/example/outpost/releases</id>
                  <link type="text/html" rel="alternate" href="https://github.com/example/outpost/releases"/>
                  <title>Release notes from outpost</title>
                """);
        for (String tag : tags) {
            feed.append("""
                      <entry>
                        <id>tag:github.com,2008:Repository/123456/%1$s</id>
                        <updated>2026-12-01T10:00:00Z</updated>
                        <link rel="alternate" type="text/html" href="https://github.com/example/outpost/releases/tag/%1$s"/>
                        <title>Outpost %1$s</title>
                        <content type="html">&lt;p&gt;What is new&lt;/p&gt;</content>
                        <author><name>outpost-bot</name></author>
                      </entry>
                    """.formatted(tag));
        }
        return feed.append("</feed>\n").toString();
    }

    public URI feed() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/releases.atom");
    }

    public void body(String text) {
        body(text.getBytes(StandardCharsets.UTF_8));
    }

    public void body(byte[] bytes) {
        body = bytes;
    }

    public void status(int code) {
        status = code;
    }

    public void delay(long millis) {
        delayMillis = millis;
    }

    /** Each request as "METHOD path User-Agent". */
    public List<String> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            Thread.sleep(delayMillis);
            byte[] answer = body;
            exchange.getResponseHeaders().add("Content-Type", "application/atom+xml; charset=utf-8");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client hung up (a capped or timed-out read): nothing to tell
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
