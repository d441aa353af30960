package io.outpost.devices.dsmr;

import static io.outpost.devices.dsmr.Telegrams.bytes;
import static io.outpost.devices.dsmr.Telegrams.concat;
import static io.outpost.devices.dsmr.Telegrams.fixture;
import static io.outpost.devices.dsmr.Telegrams.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.protocol.ParserStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Framing: corrupt, cut short, oversized and surrounded telegrams. */
class DsmrParserTest {
    private static final byte[] V5 = fixture("telegram_v5.txt");
    private static final byte[] V4 = fixture("telegram_v4_2.txt");
    private final DsmrParser parser = new DsmrParser();

    private static byte[] replace(byte[] telegram, String from, String to) {
        String text = text(telegram);
        assertThat(text).contains(from);
        return bytes(text.replace(from, to));
    }

    @Test
    void aValueThatNoLongerMatchesTheCrcIsDroppedAndCounted() {
        byte[] corrupt = replace(V5, "1-0:1.8.1(000004.426*kWh)", "1-0:1.8.1(000004.427*kWh)");

        assertThat(parser.feed(corrupt)).isEmpty();
        assertThat(parser.stats()).isEqualTo(new ParserStats(0, 1, 0, 0));
        assertThat(parser.feed(V5)).hasSize(1);
    }

    @Test
    void garbageBeforeAndBetweenTelegramsIsSkipped() {
        byte[] before = bytes("\u0000\u00ffnoise!1234\r\n");
        byte[] between = bytes("#*\r\n\r\n");

        List<DsmrTelegram> telegrams = parser.feed(concat(before, V5, between, V4));

        assertThat(telegrams).extracting(DsmrTelegram::header).containsExactly("ISk5\\2MT382-1000", "KFM5KAIFA-METER");
        assertThat(parser.stats()).isEqualTo(new ParserStats(2, 0, 0, before.length + between.length));
    }

    @Test
    void backToBackTelegramsBothParse() {
        List<DsmrTelegram> telegrams = parser.feed(concat(V4, V5));

        assertThat(telegrams).extracting(DsmrTelegram::version).map(v -> v.orElseThrow()).containsExactly("42", "50");
        assertThat(parser.stats()).isEqualTo(new ParserStats(2, 0, 0, 0));
    }

    @Test
    void anOversizedTelegramIsDroppedAndTheNextOneParses() {
        byte[] oversized = Telegrams.ofLength(20_000);

        List<DsmrTelegram> telegrams = parser.feed(concat(oversized, V5));

        assertThat(telegrams).extracting(DsmrTelegram::version).map(v -> v.orElseThrow()).containsExactly("50");
        assertThat(parser.stats())
                .isEqualTo(new ParserStats(1, 0, 1, oversized.length - DsmrParser.MAX_TELEGRAM_BYTES));
    }

    @Test
    void eightKibibytesIsTheLimitFromSlashThroughTheLastLineEnd() {
        assertThat(parser.feed(Telegrams.ofLength(DsmrParser.MAX_TELEGRAM_BYTES))).hasSize(1);
        assertThat(parser.feed(Telegrams.ofLength(DsmrParser.MAX_TELEGRAM_BYTES + 1))).isEmpty();
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 1, 1));
    }

    @Test
    void slashAndBangInsideALineAreData() {
        byte[] telegram = Telegrams.withCrc("/TST5\\SLASH\r\n\r\n1-3:0.2.8(50)\r\n0-0:96.13.0(a/b!c)\r\n!");

        List<DsmrTelegram> telegrams = Telegrams.feedByteByByte(parser, telegram);

        assertThat(telegrams).singleElement()
                .satisfies(t -> assertThat(t.obis()).containsEntry("0-0:96.13.0", "(a/b!c)"));
    }

    @Test
    void aTelegramCutShortAtALineEndGivesWayToTheNextOne() {
        String v5 = text(V5);
        byte[] cut = bytes(v5.substring(0, v5.indexOf("1-0:2.8.1")));

        assertThat(parser.feed(concat(cut, V4))).extracting(DsmrTelegram::header).containsExactly("KFM5KAIFA-METER");
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 1, 0, 0));
    }

    @Test
    void aCrcIsOneToFourHexDigitsInEitherCase() {
        assertThat(parser.feed(replace(V5, "!6EEE", "!6eee"))).hasSize(1);
        assertThat(parser.feed(replace(V5, "!6EEE", "!6EEE0"))).isEmpty();
        assertThat(parser.feed(replace(V5, "!6EEE", "!6EEG"))).isEmpty();
        assertThat(parser.stats().corrupt()).isEqualTo(2);
    }

    @Test
    void aTelegramWithAVersionLineButNoCrcHasLostItsCrc() {
        assertThat(parser.feed(replace(V5, "!6EEE", "!"))).isEmpty();
        assertThat(parser.stats()).isEqualTo(new ParserStats(0, 1, 0, 0));
    }

    @Test
    void aTelegramWithoutCrcMustHaveOnlyWellFormedLines() {
        byte[] v22 = fixture("telegram_v2_2.txt");

        assertThat(parser.feed(replace(v22, "1-0:1.8.1(00001.001*kWh)", "1-0:1.8.1(00001.001*kWh"))).isEmpty();
        assertThat(parser.feed(replace(v22, "1-0:2.7.0", "1-0:2.7#0"))).isEmpty();
        assertThat(parser.stats()).isEqualTo(new ParserStats(0, 2, 0, 0));
    }

    @Test
    void feedsOnlyTheGivenRange() {
        byte[] padded = concat(bytes("/xx"), V5, bytes("/yy"));

        assertThat(parser.feed(padded, 3, V5.length)).hasSize(1);
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 0, 0));
    }
}
