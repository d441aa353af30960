package io.outpost.devices.nmea;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.protocol.ParserStats;
import io.outpost.devices.testing.Captures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How bytes become sentences: line ends, checksums, lengths, noise, and chunking. */
class FramingTest {
    private static final String GGA = "GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,";

    @ParameterizedTest
    @FieldSource("io.outpost.devices.nmea.Parsed#CAPTURES")
    void byteByByteGivesTheSameFramesAsTheWholeFile(String capture) {
        byte[] bytes = Captures.bytes(Parsed.FAMILY, capture);
        NmeaParser parser = new NmeaParser();
        List<GnssFrame> frames = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            frames.addAll(parser.feed(bytes, i, 1));
        }

        Parsed whole = Parsed.bytes(bytes);

        assertThat(whole.frames()).isNotEmpty();
        assertThat(frames).isEqualTo(whole.frames());
        assertThat(parser.stats()).isEqualTo(whole.stats());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GP", "GN", "GL", "GA", "GB", "BD", "GQ", "GI", "QZ"})
    void everyTalkerIsKept(String talker) {
        Parsed parsed = Parsed.text(Parsed.line(talker + GGA.substring(2)));

        assertThat(parsed.first(GgaSentence.class).talker()).isEqualTo(talker);
    }

    @Test
    void lineEndsMayBeCrLfLfOrCr() {
        String crlf = Parsed.line(GGA);
        String sentence = crlf.substring(0, crlf.length() - 2);

        Parsed parsed = Parsed.text(crlf + sentence + "\n" + sentence + "\r");

        assertThat(parsed.all(GgaSentence.class)).hasSize(3);
        assertThat(parsed.stats()).isEqualTo(new ParserStats(3, 0, 0, 0));
    }

    @Test
    void lowerCaseChecksumIsAccepted() {
        // $GPVTG,,T,,M,0.00,N*1B from pynmea2, its checksum in lower case
        assertThat(Parsed.text("$GPVTG,,T,,M,0.00,N*1b\r\n").frames()).hasSize(1);
    }

    @Test
    void badOrMissingChecksumIsCorrupt() {
        String good = Parsed.line(GGA);
        String wrongSum = good.replace("*", "*0").substring(0, good.length() - 2) + "\r\n";
        String noSum = "$" + GGA + "\r\n";
        String starOnly = "$" + GGA + "*\r\n";
        String trailingJunk = good.replace("\r\n", "\\\\\r\n");

        Parsed parsed = Parsed.text(wrongSum + noSum + starOnly + trailingJunk + good);

        assertThat(parsed.frames()).hasSize(1);
        assertThat(parsed.stats().corrupt()).isEqualTo(4);
    }

    @Test
    void sentenceCutShortByAnotherIsCorruptAndTheOtherKept() {
        String cut = "$" + GGA.substring(0, 20);

        Parsed parsed = Parsed.text(cut + Parsed.line(GGA) + cut + "\u00b5\u0062" + "\u00ff");

        assertThat(parsed.all(GgaSentence.class)).hasSize(1);
        assertThat(parsed.stats().corrupt()).isEqualTo(2);
    }

    @Test
    void sentenceOfMaximumLengthIsKeptAndOneByteMoreIsOversized() {
        String body = "GPTXT,01,01,02," + "x".repeat(SentenceFramer.MAX_LENGTH - 4 - "GPTXT,01,01,02,".length());
        String longest = Parsed.line(body);
        String tooLong = Parsed.line(body + "y");

        Parsed parsed = Parsed.text(tooLong + longest + tooLong.replace("\r\n", "") + Parsed.line(GGA));

        assertThat(longest.length()).isEqualTo(SentenceFramer.MAX_LENGTH + 2);
        assertThat(parsed.frames()).hasSize(2);
        assertThat(parsed.generic("TXT")).hasSize(1);
        assertThat(parsed.stats()).isEqualTo(new ParserStats(2, 0, 2, 0));
    }

    @Test
    void garbageIsSkippedAndCounted() {
        String ais = "!AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0*26";

        Parsed parsed = Parsed.text("noise$$ $gp,x\u0000" + ais + "\r\n" + Parsed.line(GGA));

        // A $ counts as a sentence only once an address (3+ of A-Z, 0-9) and a comma or star follow it.
        assertThat(parsed.frames()).hasSize(1);
        assertThat(parsed.stats().corrupt()).isZero();
        assertThat(parsed.stats().skippedBytes()).isEqualTo("noise$$ $gp,x\u0000".length() + ais.length());
    }

    @Test
    void sentenceSplitAcrossFeedsIsAssembled() {
        byte[] bytes = Parsed.line(GGA).getBytes();
        NmeaParser parser = new NmeaParser();

        assertThat(parser.feed(bytes, 0, 30)).isEmpty();
        assertThat(parser.feed(bytes, 30, bytes.length - 32)).isEmpty();
        assertThat(parser.feed(bytes, bytes.length - 2, 1)).hasSize(1);
        assertThat(parser.feed(bytes, bytes.length - 1, 1)).isEmpty();
    }
}
