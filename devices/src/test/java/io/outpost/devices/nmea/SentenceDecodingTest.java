package io.outpost.devices.nmea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Field-level decoding: exact coordinates, absent fields, and valid sentences whose fields do not parse. */
class SentenceDecodingTest {
    private static NmeaSentence decode(String body) {
        Parsed parsed = Parsed.text(Parsed.line(body));
        assertThat(parsed.frames()).hasSize(1);
        return (NmeaSentence) parsed.frames().getFirst();
    }

    @Test
    void coordinatesWithoutLeadingZerosOrFraction() {
        GllSentence gll = (GllSentence) decode("GPGLL,807.038,S,1131,W,,V");

        assertThat(gll.latitude()).hasValueCloseTo(-8.1173, within(1e-12));
        assertThat(gll.longitude()).hasValueCloseTo(-11.5166666667, within(1e-9));
        assertThat(gll.time()).isEmpty();
        assertThat(gll.status()).contains('V');
    }

    @Test
    void extremeCoordinatesAreExact() {
        GllSentence gll = (GllSentence) decode("GNGLL,8959.99999999,N,17959.99999999,E,000000.123456789,A");

        assertThat(gll.latitude()).hasValueCloseTo(89.9999999998333, within(1e-12));
        assertThat(gll.longitude()).hasValueCloseTo(179.9999999998333, within(1e-12));
        assertThat(gll.time()).contains(LocalTime.of(0, 0, 0, 123_456_789));
    }

    @Test
    void leapSecondIsTheLastInstantOfSecondFiftyNine() {
        GgaSentence gga = (GgaSentence) decode("GPGGA,235960.00,,,,,0,00,,,M,,M,,");

        assertThat(gga.time()).contains(LocalTime.of(23, 59, 59, 999_999_999));
    }

    @Test
    void twoDigitYearsPivotAtNineteenEighty() {
        RmcSentence eighty = (RmcSentence) decode("GPRMC,000000,V,,,,,,,010180,,");
        RmcSentence seventyNine = (RmcSentence) decode("GPRMC,000000,V,,,,,,,311279,,");

        assertThat(eighty.date()).contains(LocalDate.of(1980, 1, 1));
        assertThat(seventyNine.date()).contains(LocalDate.of(2079, 12, 31));
    }

    @Test
    void zoneIsPassedOnAsSent() {
        // pynmea2's $GPZDA,010203.05,06,07,2008,-08,30, given a checksum
        ZdaSentence zda = (ZdaSentence) decode("GPZDA,010203.05,06,07,2008,-08,30");

        assertThat(zda.time()).contains(LocalTime.of(1, 2, 3, 50_000_000));
        assertThat(zda.date()).contains(LocalDate.of(2008, 7, 6));
        assertThat(zda.zoneHours()).hasValue(-8);
        assertThat(zda.zoneMinutes()).hasValue(30);
    }

    @Test
    void cutShortSatelliteGroupKeepsWhatItHas() {
        GsvSentence gsv = (GsvSentence) decode("GPGSV,1,1,02,01,10,100,30,02,05");

        assertThat(gsv.satellites()).containsExactly(
                new SatelliteInView(1, OptionalInt.of(10), OptionalInt.of(100), OptionalInt.of(30)),
                new SatelliteInView(2, OptionalInt.of(5), OptionalInt.empty(), OptionalInt.empty()));
        assertThat(gsv.signalId()).isEmpty();
    }

    @Test
    void emptySatelliteSlotsArePadding() {
        GsvSentence gsv = (GsvSentence) decode("GLGSV,2,2,05,71,06,339,,,,,");

        assertThat(gsv.satellites()).extracting(SatelliteInView::prn).containsExactly(71);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GPGGA,12x519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,",
        "GPGGA,123519,4807.038,,01131.000,E,1,08,0.9,545.4,M,46.9,M,,",
        "GPGGA,123519,4807.038,X,01131.000,E,1,08,0.9,545.4,M,46.9,M,,",
        "GPGGA,123519,4860.000,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,",
        "GPGGA,123519,9100.000,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,",
        "GPGGA,123519,-4807.03,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,",
        "GPGGA,123519,4807.038,N,18001.000,E,1,08,0.9,545.4,M,46.9,M,,",
        "GPGGA,123519,4807.038,N,01131.000,E,1,08,1e3,545.4,M,46.9,M,,",
        "GPGGA,123519,4807.038,N,01131.000,E,1,08,NaN,545.4,M,46.9,M,,",
        "GPGGA,243519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,",
        "GPGGA,123519,4807.038,N,01131.000,E,1,1234567890,0.9,545.4,M,46.9,M,,",
        "GPRMC,123519,A,4807.038,N,01131.000,E,0.0,0.0,310294,,",
        "GPRMC,123519,AV,4807.038,N,01131.000,E,0.0,0.0,230394,,",
        "GPGSV,,1,04,01,10,100,30",
        "GPZDA,123519,06,,2008,,",
    })
    void validSentenceWithFieldsThatDoNotParseStaysGeneric(String body) {
        NmeaSentence sentence = decode(body);

        assertThat(sentence).isInstanceOf(GenericSentence.class);
        assertThat(((GenericSentence) sentence).type()).isEqualTo(body.substring(2, 5));
    }
}
