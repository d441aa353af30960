package io.outpost.devices.nmea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.devices.protocol.ParserStats;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Real receivers' NMEA. Expected values are read off the quoted sentences; the counts were checked apart from
 * this parser, with grep and a Python XOR script over each capture.
 */
class NmeaCaptureTest {
    private static final double DEGREES = 1e-9;

    @Test
    void sirfFourReceiverNearHamilton() {
        Parsed parsed = Parsed.capture("gpsd-bu353s4.log");

        // $GPGGA,030719.000,3747.0873,S,17518.8938,E,1,08,1.1,59.9,M,23.7,M,,0000*7D
        GgaSentence gga = parsed.first(GgaSentence.class);
        assertThat(gga.talker()).isEqualTo("GP");
        assertThat(gga.time()).contains(LocalTime.of(3, 7, 19));
        assertThat(gga.latitude()).hasValueCloseTo(-37.7847883333, within(DEGREES));
        assertThat(gga.longitude()).hasValueCloseTo(175.3148966667, within(DEGREES));
        assertThat(gga.fixQuality()).hasValue(1);
        assertThat(gga.satellitesUsed()).hasValue(8);
        assertThat(gga.hdop()).hasValue(1.1);
        assertThat(gga.altitude()).hasValue(59.9);
        // $GPGSA,A,3,17,28,06,01,30,20,26,13,,,,,1.8,1.1,1.5*33
        GsaSentence gsa = parsed.first(GsaSentence.class);
        assertThat(gsa.mode()).contains('A');
        assertThat(gsa.fixType()).hasValue(3);
        assertThat(gsa.satellites()).containsExactly(17, 28, 6, 1, 30, 20, 26, 13);
        assertThat(List.of(gsa.pdop(), gsa.hdop(), gsa.vdop()))
                .extracting(d -> d.getAsDouble()).containsExactly(1.8, 1.1, 1.5);
        assertThat(gsa.systemId()).isEmpty();
        // $GPRMC,030719.000,A,3747.0873,S,17518.8938,E,0.69,181.39,311214,,,A*7D
        RmcSentence rmc = parsed.first(RmcSentence.class);
        assertThat(rmc.date()).contains(LocalDate.of(2014, 12, 31));
        assertThat(rmc.status()).contains('A');
        assertThat(rmc.speedKnots()).hasValue(0.69);
        assertThat(rmc.courseTrue()).hasValue(181.39);
        assertThat(rmc.latitude()).isEqualTo(gga.latitude());
        // $GPGSV,3,3,12,11,12,132,04,08,38,008,,02,35,348,,03,14,091,*73
        GsvSentence gsv = parsed.all(GsvSentence.class).get(2);
        assertThat(gsv.messageNumber()).isEqualTo(3);
        assertThat(gsv.totalMessages()).isEqualTo(3);
        assertThat(gsv.satellitesInView()).hasValue(12);
        assertThat(gsv.satellites()).extracting(SatelliteInView::prn).containsExactly(11, 8, 2, 3);
        assertThat(gsv.satellites().getFirst().snr()).hasValue(4);
        assertThat(gsv.satellites().get(1).azimuth()).hasValue(8);
        assertThat(gsv.satellites().get(1).snr()).isEmpty();

        assertThat(parsed.all(GgaSentence.class)).hasSize(25);
        assertThat(parsed.all(GsaSentence.class)).hasSize(25);
        assertThat(parsed.all(RmcSentence.class)).hasSize(25);
        assertThat(parsed.all(GsvSentence.class)).hasSize(15);
        assertThat(parsed.stats()).extracting(ParserStats::frames, ParserStats::corrupt, ParserStats::oversized)
                .containsExactly(90L, 0L, 0L);
    }

    @Test
    void glonassReceiverMixesTalkersInOneEpoch() {
        Parsed parsed = Parsed.capture("gpsd-bu353-glonass.log");

        // $GPGGA,081412.000,5541.1956,N,03737.2877,E,1,5,4.87,66.2,M,14.5,M,,*6A
        GgaSentence gga = parsed.first(GgaSentence.class);
        assertThat(gga.time()).contains(LocalTime.of(8, 14, 12));
        assertThat(gga.latitude()).hasValueCloseTo(55.6865933333, within(DEGREES));
        assertThat(gga.longitude()).hasValueCloseTo(37.6214616667, within(DEGREES));
        assertThat(gga.satellitesUsed()).hasValue(5);
        assertThat(gga.hdop()).hasValue(4.87);
        assertThat(gga.altitude()).hasValue(66.2);
        // $GNGSA,A,3,88,87,,,,,,,,,,,2.75,2.56,1.00*13: GLONASS slots in the second GSA of the epoch
        GsaSentence glonass = parsed.all(GsaSentence.class).get(1);
        assertThat(glonass.talker()).isEqualTo("GN");
        assertThat(glonass.satellites()).containsExactly(88, 87);
        assertThat(glonass.pdop()).hasValue(2.75);
        // $GPZDA,081411.000,26,05,2014,,*5D
        ZdaSentence zda = parsed.first(ZdaSentence.class);
        assertThat(zda.time()).contains(LocalTime.of(8, 14, 11));
        assertThat(zda.date()).contains(LocalDate.of(2014, 5, 26));
        assertThat(zda.zoneHours()).isEmpty();
        // $GLGSV,3,3,10,71,06,339,,81,03,117,27*65
        GsvSentence last = parsed.all(GsvSentence.class).stream()
                .filter(s -> s.talker().equals("GL") && s.messageNumber() == 3).findFirst().orElseThrow();
        assertThat(last.satellites()).containsExactly(
                new SatelliteInView(71, OptionalInt.of(6), OptionalInt.of(339),
                        OptionalInt.empty()),
                new SatelliteInView(81, OptionalInt.of(3), OptionalInt.of(117),
                        OptionalInt.of(27)));

        assertThat(parsed.all(GgaSentence.class)).hasSize(18);
        assertThat(parsed.all(GsaSentence.class)).hasSize(38);
        assertThat(parsed.all(RmcSentence.class)).hasSize(19);
        assertThat(parsed.all(ZdaSentence.class)).hasSize(19);
        assertThat(parsed.all(GsvSentence.class)).hasSize(18);
        assertThat(parsed.stats().frames()).isEqualTo(112);
        assertThat(parsed.stats().corrupt()).isZero();
    }

    @Test
    void ubloxEightSpeaksNmeaFourTen() {
        Parsed parsed = Parsed.capture("gpsd-nl2008u.log");

        // $GNTXT,01,01,02,u-blox AG - www.u-blox.com*4E, the first line of the boot banner
        GenericSentence banner = parsed.generic("TXT").getFirst();
        assertThat(banner.talker()).isEqualTo("GN");
        assertThat(banner.fields()).containsExactly("01", "01", "02", "u-blox AG - www.u-blox.com");
        // $GNGGA,091232.000,4813.0535,N,00824.8697,E,1,12,0.7,765.8,M,47.4,M,,0000*45
        GgaSentence gga = parsed.first(GgaSentence.class);
        assertThat(gga.latitude()).hasValueCloseTo(48.2175583333, within(DEGREES));
        assertThat(gga.longitude()).hasValueCloseTo(8.414495, within(DEGREES));
        assertThat(gga.satellitesUsed()).hasValue(12);
        assertThat(gga.altitude()).hasValue(765.8);
        // $GNGSA,A,3,76,87,86,77,70,85,71,75,,,,,1.3,0.7,1.1,2*39: system id 2 is GLONASS
        GsaSentence gsa = parsed.all(GsaSentence.class).get(1);
        assertThat(gsa.systemId()).hasValue(2);
        assertThat(gsa.satellites()).containsExactly(76, 87, 86, 77, 70, 85, 71, 75);
        // $GLGSV,3,3,11,86,68,359,45,87,30,276,45,94,68,359,,0*45: three satellites, then signal id 0
        GsvSentence gsv = parsed.all(GsvSentence.class).stream()
                .filter(s -> s.talker().equals("GL") && s.messageNumber() == 3).findFirst().orElseThrow();
        assertThat(gsv.satellites()).extracting(SatelliteInView::prn).containsExactly(86, 87, 94);
        assertThat(gsv.satellites().get(2).snr()).isEmpty();
        assertThat(gsv.signalId()).hasValue(0);
        // $GNVTG,0.00,T,,M,0.00,N,0.0,K,A*13
        VtgSentence vtg = parsed.first(VtgSentence.class);
        assertThat(List.of(vtg.courseTrue(), vtg.speedKnots(), vtg.speedKmh()))
                .extracting(d -> d.getAsDouble()).containsExactly(0.0, 0.0, 0.0);
        // $GNGLL,4813.0535,N,00824.8697,E,091232.000,A,A*4F
        GllSentence gll = parsed.first(GllSentence.class);
        assertThat(gll.latitude()).isEqualTo(gga.latitude());
        assertThat(gll.time()).contains(LocalTime.of(9, 12, 32));
        assertThat(gll.status()).contains('A');
        // $GNZDA,091232.000,10,10,2015,,*45
        assertThat(parsed.first(ZdaSentence.class).date()).contains(LocalDate.of(2015, 10, 10));

        assertThat(parsed.generic("TXT")).hasSize(8);
        assertThat(parsed.all(GsvSentence.class)).hasSize(56);
        assertThat(parsed.all(GenericSentence.class)).hasSize(8);
        assertThat(parsed.stats().frames()).isEqualTo(127);
        assertThat(parsed.stats().corrupt()).isZero();
    }
}
