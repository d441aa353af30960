package io.outpost.devices.nmea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.devices.protocol.ParserStats;
import io.outpost.devices.testing.Captures;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Captures collected for their edge cases: long fields, odd sentences, missing checksums, junk. */
class EdgeCaptureTest {
    private static final double DEGREES = 1e-9;

    @Test
    void trimbleRtkFieldsKeepTheirEightDecimalsOfMinutes() {
        Parsed parsed = Parsed.capture("gpsd-nmea-fuzzy-cases.log");

        // $GPGGA,132820.60,4134.49821229,N,09345.03351845,W,2,09,1.0,278.020,M,-31.442,M,7.6,0133*7E
        GgaSentence gga = parsed.first(GgaSentence.class);
        assertThat(gga.time()).contains(LocalTime.of(13, 28, 20, 600_000_000));
        assertThat(gga.latitude()).hasValueCloseTo(41.5749702048, within(DEGREES));
        assertThat(gga.longitude()).hasValueCloseTo(-93.7505586408, within(DEGREES));
        assertThat(gga.fixQuality()).hasValue(2);
        assertThat(gga.satellitesUsed()).hasValue(9);
        assertThat(gga.hdop()).hasValue(1.0);
        assertThat(gga.altitude()).hasValue(278.020);
        // $GNGGA,133900.90,4134.50180291,N,09345.03586858,W,4,19,0.7,280.833,M,-31.442,M,6.9,0002*65: RTK fixed
        GgaSentence rtk = parsed.all(GgaSentence.class).getLast();
        assertThat(rtk.talker()).isEqualTo("GN");
        assertThat(rtk.fixQuality()).hasValue(4);
        assertThat(rtk.satellitesUsed()).hasValue(19);
        assertThat(rtk.latitude()).hasValueCloseTo(41.5750300485, within(DEGREES));
        // $GPRMC,132820.60,A,4134.49821229,N,09345.03351845,W,3.252,92.308,180320,11.5985,E,D*1A
        RmcSentence rmc = parsed.first(RmcSentence.class);
        assertThat(rmc.date()).contains(LocalDate.of(2020, 3, 18));
        assertThat(rmc.speedKnots()).hasValue(3.252);
        assertThat(rmc.courseTrue()).hasValue(92.308);

        // Despite its name the log holds no bad checksum: all 28 sentences are valid.
        assertThat(parsed.all(GgaSentence.class)).hasSize(14);
        assertThat(parsed.all(RmcSentence.class)).hasSize(14);
        assertThat(parsed.stats()).extracting(ParserStats::frames, ParserStats::corrupt)
                .containsExactly(28L, 0L);
    }

    @Test
    void everyFuzzyCaseWithOneDigitChangedIsRejected() {
        byte[] log = Captures.bytes(Parsed.FAMILY, "gpsd-nmea-fuzzy-cases.log");
        ByteArrayOutputStream altered = new ByteArrayOutputStream();
        boolean inSentence = false;
        boolean changed = false;
        for (byte b : log) {
            inSentence = b == '$' || inSentence && b != '\n';
            changed = inSentence && changed;
            if (inSentence && !changed && b >= '0' && b <= '8') {
                b++;
                changed = true;
            }
            altered.write(b);
        }

        Parsed parsed = Parsed.bytes(altered.toByteArray());

        assertThat(parsed.frames()).isEmpty();
        assertThat(parsed.stats().corrupt()).isEqualTo(28);
    }

    @Test
    void pynmea2DataLogSkipsItsJunkLineAndWaitsForTheLastLineEnd() {
        NmeaParser parser = new NmeaParser();
        Parsed parsed = new Parsed(parser.feed(Captures.bytes(Parsed.FAMILY, "pynmea2-examples-data.log")),
                parser.stats());

        // $GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D
        GgaSentence gga = parsed.first(GgaSentence.class);
        assertThat(gga.time()).contains(LocalTime.of(18, 43, 53, 70_000_000));
        assertThat(gga.latitude()).hasValueCloseTo(-19.4840833333, within(DEGREES));
        assertThat(gga.longitude()).hasValueCloseTo(24.1751, within(DEGREES));
        assertThat(gga.satellitesUsed()).hasValue(4);
        assertThat(gga.hdop()).hasValue(2.6);
        assertThat(gga.altitude()).hasValue(100.0);
        assertThat(parsed.generic("RTE").getFirst().fields()).hasSize(13).startsWith("2", "1", "c", "0", "PBRCPK");
        assertThat(parsed.generic("R00").getFirst().fields()).containsExactly("A", "B", "C");
        // "foobar" is skipped; $IIMWV,271.0,R,000.2,N,A*3B ends the file without a line end, so it waits.
        assertThat(parsed.stats()).isEqualTo(new ParserStats(3, 0, 0, "foobar".length()));

        assertThat(parser.feed("\r\n".getBytes()))
                .containsExactly(new GenericSentence("II", "MWV", List.of("271.0", "R", "000.2", "N", "A")));
    }

    @Test
    void pynmea2SentencesKeepValidOnesAndCountTheRest() {
        Parsed parsed = Parsed.capture("pynmea2-test-sentences.txt");

        // $GPRMC,225446,A,4916.45,N,12311.12,W,000.5,054.7,191194,020.3,E*68
        RmcSentence rmc = parsed.all(RmcSentence.class).stream()
                .filter(s -> s.time().equals(Optional.of(LocalTime.of(22, 54, 46))))
                .findFirst().orElseThrow();
        assertThat(rmc.date()).contains(LocalDate.of(1994, 11, 19));
        assertThat(rmc.latitude()).hasValueCloseTo(49.2741666667, within(DEGREES));
        assertThat(rmc.longitude()).hasValueCloseTo(-123.1853333333, within(DEGREES));
        assertThat(rmc.speedKnots()).hasValue(0.5);
        assertThat(rmc.courseTrue()).hasValue(54.7);
        // 39 variants of $GPRMC,123519.00,<A, V or empty>,4807.038,N,01131.000,E,,,230394,... with trailing fields
        assertThat(parsed.all(RmcSentence.class)).hasSize(40)
                .filteredOn(s -> s.time().equals(Optional.of(LocalTime.of(12, 35, 19)))).hasSize(39)
                .allSatisfy(s -> {
                    assertThat(s.latitude()).hasValueCloseTo(48.1173, within(DEGREES));
                    assertThat(s.longitude()).hasValueCloseTo(11.5166666667, within(DEGREES));
                    assertThat(s.date()).contains(LocalDate.of(1994, 3, 23));
                    assertThat(s.speedKnots()).isEmpty();
                })
                .extracting(s -> s.status().map(String::valueOf).orElse("")).containsOnly("A", "V", "");
        // $GPGGA,201716.684,,,,,0,00,,,M,0.0,M,,0000*5F: no fix, so no position
        GgaSentence noFix = parsed.first(GgaSentence.class);
        assertThat(noFix.latitude()).isEmpty();
        assertThat(noFix.longitude()).isEmpty();
        assertThat(noFix.fixQuality()).hasValue(0);
        assertThat(noFix.hdop()).isEmpty();
        assertThat(noFix.altitude()).isEmpty();
        // $GPVTG,,T,,M,0.00,N*1B stops before the km/h field
        VtgSentence vtg = parsed.first(VtgSentence.class);
        assertThat(vtg.courseTrue()).isEmpty();
        assertThat(vtg.speedKnots()).hasValue(0.0);
        assertThat(vtg.speedKmh()).isEmpty();
        // $CCGPQ,GGA*2B and proprietary sentences such as $PSRF100,1,9600,7,1,0*02 and $PUBX,04,...
        assertThat(parsed.generic("GPQ").getFirst().talker()).isEqualTo("CC");
        assertThat(parsed.generic("SRF100").getFirst().talker()).isEqualTo("P");
        assertThat(parsed.generic("UBX")).extracting(s -> s.fields().getFirst()).containsExactly("00", "04");

        // Not returned: 5 lines without a checksum, $GPGSV,...*47 with two backslashes after its checksum, and
        // the 378-byte $PUBX,03.
        assertThat(parsed.stats()).extracting(ParserStats::frames, ParserStats::corrupt, ParserStats::oversized)
                .containsExactly(52L, 6L, 1L);
    }
}
