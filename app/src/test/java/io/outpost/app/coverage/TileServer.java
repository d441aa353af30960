package io.outpost.app.coverage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A tile server on loopback for tests: {@code /z/x/y.png} answers a real PNG (a street grid and the tile's
 * numbers), or the status the test sets. It counts requests, keeps their paths and User-Agents, and the most it
 * served at once; {@link #hold()} keeps answers back until {@link #release()}.
 */
public final class TileServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private volatile int status = 200;
    private volatile String cacheControl = "max-age=604800";
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public TileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** The URL template of this server, as the setting takes it. */
    public String template() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
    }

    public void status(int code) {
        status = code;
    }

    public void cacheControl(String value) {
        cacheControl = value;
    }

    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        gate.countDown();
    }

    public List<String> paths() {
        return paths;
    }

    public List<String> userAgents() {
        return userAgents;
    }

    public int mostAtOnce() {
        return most.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        int at = now.incrementAndGet();
        most.accumulateAndGet(at, Math::max);
        try {
            paths.add(exchange.getRequestURI().getPath());
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            gate.await(10, TimeUnit.SECONDS);
            if (status != 200) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            byte[] png = picture(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.getResponseHeaders().add("Cache-Control", cacheControl);
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            now.decrementAndGet();
            exchange.close();
        }
    }

    /** A 256-pixel tile that looks like a street map: light blocks, white streets, the tile's numbers. */
    public static byte[] picture(String name) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xf2efe9));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(0xd9d0c9));
        for (int i = 0; i < 256; i += 64) {
            for (int j = 0; j < 256; j += 64) {
                g.fillRect(i + 8, j + 8, 48, 48);
            }
        }
        g.setColor(new Color(0x9c9c9c));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(name, 70, 36);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
