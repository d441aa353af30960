package io.outpost.app.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReleaseFeedTest {
    private static final String HEAD = "<feed xmlns=\"http://www.w3.org/2005/Atom\">";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String entry(String id, String title, String href) {
        return "<entry><id>" + id + "</id><title>" + title + "</title><link rel=\"alternate\" href=\"" + href + "\"/></entry>";
    }

    @Test
    void githubsReleaseFeedGivesEachReleaseWithItsPage() throws Exception {
        var releases = ReleaseFeed.parse(utf8(FeedServer.github("v0.10.0", "v0.9.0", "v0.9.1-rc1")));

        assertThat(releases).extracting(r -> r.version().toString()).containsExactly("0.10.0", "0.9.0", "0.9.1-rc1");
        assertThat(releases.getFirst().page())
                .isEqualTo(URI.create("https://github.com/example/outpost/releases/tag/v0.10.0"));
    }

    @Test
    void theVersionComesFromTheIdElseTheTitleElseTheLink() throws Exception {
        var releases = ReleaseFeed.parse(utf8(HEAD
                + entry("urn:uuid:60a76c80", "v0.4.0", "https://example.org/notes")
                + entry("urn:uuid:60a76c81", "The big one", "https://example.org/releases/tag/v0.5.0")
                + "</feed>"));

        assertThat(releases).extracting(r -> r.version().toString()).containsExactly("0.4.0", "0.5.0");
    }

    @Test
    void entriesWithoutAVersionOrAnHttpsPageAreLeftOut() throws Exception {
        var releases = ReleaseFeed.parse(utf8(HEAD
                + entry("tag:x/nightly", "Nightly", "https://example.org/nightly")
                + entry("tag:x/v0.6.0", "v0.6.0", "http://example.org/releases/tag/v0.6.0")
                + entry("tag:x/v0.7.0", "v0.7.0", "javascript:alert(1)")
                + entry("tag:x/v0.8.0", "v0.8.0", "file:///etc/passwd")
                + entry("tag:x/v0.9.0", "v0.9.0", "https://user@example.org/v0.9.0")
                + "<entry><id>tag:x/v1.0.0</id></entry>"
                + "</feed>"));

        assertThat(releases).isEmpty();
        assertThat(ReleaseFeed.parse(utf8(HEAD + "</feed>"))).as("a feed with no entries").isEmpty();
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>&c;</id></entry></feed>""";
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>tag:x/v9.0.0</id><title>&secret;</title>
                <link href="https://example.org/v9"/></entry></feed>""";
        String externalDtd = """
                <?xml version="1.0"?>
                <!DOCTYPE feed SYSTEM "http://127.0.0.1:9/evil.dtd">
                <feed xmlns="http://www.w3.org/2005/Atom"/>""";

        for (String hostile : new String[] {laughs, external, externalDtd}) {
            assertThatThrownBy(() -> ReleaseFeed.parse(utf8(hostile))).isInstanceOf(FeedException.class)
                    .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
        }
    }

    @Test
    void garbageAndOtherDocumentsAreNoFeed() {
        byte[] noise = new byte[4096];
        new Random(8).nextBytes(noise);

        assertThatThrownBy(() -> ReleaseFeed.parse(noise)).isInstanceOf(FeedException.class);
        assertThatThrownBy(() -> ReleaseFeed.parse(utf8("<html><body>Rate limited</body></html>")))
                .isInstanceOf(FeedException.class).hasMessageContaining("not an Atom feed");
        assertThatThrownBy(() -> ReleaseFeed.parse(utf8("<feed><entry/></feed>"))).as("no Atom namespace")
                .isInstanceOf(FeedException.class);
        assertThatThrownBy(() -> ReleaseFeed.parse(utf8(HEAD + "<entry>"))).as("cut off").isInstanceOf(FeedException.class);
        assertThatThrownBy(() -> ReleaseFeed.parse(new byte[0])).isInstanceOf(FeedException.class);
    }
}
