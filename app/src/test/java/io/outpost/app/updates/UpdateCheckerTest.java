package io.outpost.app.updates;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.network.http.Http;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The checker against a real HTTP server on loopback serving a feed. */
class UpdateCheckerTest {
    private static final Version INSTALLED = Version.parse("0.2.0").orElseThrow();
    private final FeedServer server;
    private final UpdateChecker checker = new UpdateChecker(() -> Http.newClient(Duration.ofSeconds(2)), "Outpost/0.2.0",
            Duration.ofMillis(800));

    UpdateCheckerTest() throws Exception {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aNewerReleaseIsFoundWithOneGetNamingOnlyOutpostAndItsVersion() {
        server.body(FeedServer.github("v0.9.0", "v0.10.0", "v0.11.0-rc1", "v0.2.0"));

        var newer = checker.newerThan(INSTALLED, server.feed());

        assertThat(newer).map(r -> r.version().toString()).contains("0.10.0");
        assertThat(newer).map(Release::page).contains(URI.create("https://github.com/example/outpost/releases/tag/v0.10.0"));
        assertThat(server.requests()).containsExactly("GET /releases.atom Outpost/0.2.0");
    }

    @Test
    void theSameOrAnOlderVersionOrOnlyPreReleasesAreNothingNew() {
        server.body(FeedServer.github("v0.2.0", "v0.1.0"));
        assertThat(checker.newerThan(INSTALLED, server.feed())).isEmpty();
        server.body(FeedServer.github("v0.3.0-rc1", "v0.3.0-beta", "v0.2.0"));
        assertThat(checker.newerThan(INSTALLED, server.feed())).isEmpty();
        server.body(FeedServer.github());
        assertThat(checker.newerThan(INSTALLED, server.feed())).as("no entries").isEmpty();
    }

    @Test
    void errorsGarbageAndHugeBodiesGiveNothing() {
        server.status(404);
        assertThat(checker.newerThan(INSTALLED, server.feed())).isEmpty();
        server.status(500);
        assertThat(checker.newerThan(INSTALLED, server.feed())).isEmpty();
        server.status(200);
        server.body("{\"tag\": \"v9.0.0\"}");
        assertThat(checker.newerThan(INSTALLED, server.feed())).isEmpty();
        // A valid feed with a newer release, padded past the cap: cut off unread, not parsed.
        String feed = FeedServer.github("v9.0.0");
        byte[] huge = new byte[UpdateChecker.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        System.arraycopy(feed.getBytes(), 0, huge, 0, feed.length());
        server.body(huge);
        assertThat(checker.newerThan(INSTALLED, server.feed())).isEmpty();
        server.body(FeedServer.github("v9.0.0"));
        assertThat(checker.newerThan(INSTALLED, server.feed())).as("the same feed, small").isPresent();
    }

    @Test
    void aServerThatDoesNotAnswerInTimeGivesNothing() {
        server.delay(3_000);
        long start = System.nanoTime();

        assertThat(checker.newerThan(INSTALLED, server.feed())).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void onlyHttpsOrPlainHttpToThisComputerIsAsked() {
        assertThat(UpdateChecker.allowed(URI.create("https://github.com/o/r/releases.atom"))).isTrue();
        assertThat(UpdateChecker.allowed(URI.create("http://127.0.0.1:8080/releases.atom"))).isTrue();
        assertThat(UpdateChecker.allowed(URI.create("http://[::1]:8080/releases.atom"))).isTrue();
        assertThat(UpdateChecker.allowed(URI.create("http://localhost/releases.atom"))).isTrue();
        assertThat(UpdateChecker.allowed(URI.create("http://github.com/o/r/releases.atom"))).isFalse();
        assertThat(UpdateChecker.allowed(URI.create("http://10.0.0.1/releases.atom"))).isFalse();
        assertThat(UpdateChecker.allowed(URI.create("file:///etc/passwd"))).isFalse();
        assertThat(UpdateChecker.allowed(URI.create("ftp://example.org/releases.atom"))).isFalse();
        assertThat(UpdateChecker.allowed(URI.create("https://user:pw@example.org/releases.atom"))).isFalse();
    }
}
