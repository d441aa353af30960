package io.outpost.devices.dsmr;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.protocol.ParserStats;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every capture, fed whole and byte by byte, against the values read off its text by hand. */
class DsmrParserFixturesTest {
    /** EasyMeters send two more lines after {@code !}: a number and a serial (the other one 0xFF padding). */
    private static final int EASYMETER_TRAILER_BYTES = 12 + 35;

    enum Feed { WHOLE, BYTE_BY_BYTE }

    private static DsmrTelegram parse(String fixture, Feed feed, int skipped) {
        byte[] bytes = Telegrams.fixture(fixture);
        DsmrParser parser = new DsmrParser();
        List<DsmrTelegram> telegrams = feed == Feed.WHOLE
                ? parser.feed(bytes)
                : Telegrams.feedByteByByte(parser, bytes);
        assertThat(telegrams).hasSize(1);
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 0, skipped));
        assertThat(telegrams.getFirst().raw()).isEqualTo(Telegrams.text(bytes).substring(0, bytes.length - skipped));
        return telegrams.getFirst();
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void dsmr22(Feed feed) {
        DsmrTelegram t = parse("telegram_v2_2.txt", feed, 0);
        assertThat(t.header()).isEqualTo("ISk5\\2MT382-1004");
        assertThat(t.crcChecked()).isFalse();
        assertThat(t.version()).isEmpty();
        assertThat(t.equipmentId()).contains("00000000000000"); // hex, but of NULs: not text
        assertThat(t.timestamp()).isEmpty();
        assertEnergy(t, "1.001", "1.001", "1.001", "1.001");
        assertTotals(t, "2.002", "2.002");
        assertPower(t, "1.01", "0.00");
        assertGas(t, "1.001", "2016-11-07T18:00:00Z"); // 161107190000, no S/W: Dutch winter time
        assertThat(t.obis()).containsEntry("0-1:24.3.0", "(161107190000)(00)(60)(1)(0-1:24.2.1)(m3)(00001.001)");
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void dsmr3(Feed feed) {
        DsmrTelegram t = parse("telegram_v3.txt", feed, 0);
        assertThat(t.header()).isEqualTo("ISk5\\2MT382-1000");
        assertThat(t.crcChecked()).isFalse();
        assertThat(t.version()).isEmpty();
        assertThat(t.equipmentId()).contains("K8EG004046395507");
        assertThat(t.timestamp()).isEmpty();
        assertEnergy(t, "12345.678", "12345.678", "12345.678", "12345.678");
        assertTotals(t, "24691.356", "24691.356");
        assertPower(t, "1.19", "0.00");
        assertGas(t, "1.001", "2009-02-12T15:00:00Z");
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void dsmr42(Feed feed) {
        DsmrTelegram t = parse("telegram_v4_2.txt", feed, 0);
        assertThat(t.header()).isEqualTo("KFM5KAIFA-METER");
        assertThat(t.crcChecked()).isTrue();
        assertThat(t.version()).contains("42");
        assertThat(t.equipmentId()).contains("3960221976967177082151037881335713"); // decodes to control bytes
        assertThat(t.timestamp()).contains(Instant.parse("2016-11-13T19:57:57Z"));
        assertEnergy(t, "1581.123", "1435.706", "0.000", "0.000");
        assertTotals(t, "3016.829", "0.000");
        assertPower(t, "2.027", "0.000");
        assertGas(t, "981.443", "2016-11-29T19:00:00Z");
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void dsmr5(Feed feed) {
        DsmrTelegram t = parse("telegram_v5.txt", feed, 0);
        assertThat(t.header()).isEqualTo("ISk5\\2MT382-1000");
        assertThat(t.crcChecked()).isTrue();
        assertThat(t.version()).contains("50");
        assertThat(t.equipmentId()).contains("K8EG004046395507");
        assertThat(t.timestamp()).contains(Instant.parse("2017-01-02T18:20:02Z"));
        assertEnergy(t, "4.426", "2.399", "2.444", "0.000");
        assertTotals(t, "6.825", "2.444");
        assertPower(t, "0.244", "0.000");
        assertGas(t, "0.107", "2017-01-02T15:10:05Z");
        assertThat(t.obis()).containsEntry("1-0:32.7.0", "(0230.0*V)").containsEntry("0-2:96.1.0", "()");
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void dsmr5TwoGasMetersGiveTheLastReading(Feed feed) {
        DsmrTelegram t = parse("telegram_v5_two_mbus.txt", feed, 0);
        assertThat(t.header()).isEqualTo("ISK5\\2M550T-1012");
        assertThat(t.crcChecked()).isTrue();
        assertThat(t.version()).contains("50");
        assertThat(t.equipmentId()).contains("E0044007382246019");
        assertThat(t.timestamp()).contains(Instant.parse("2020-04-26T20:33:25Z"));
        assertEnergy(t, "2130.115", "245.467", "0.000", "0.000");
        assertTotals(t, "2375.582", "0.000");
        assertPower(t, "0.111", "0.000");
        assertGas(t, "246.138", "2020-04-26T20:30:01Z"); // channel 1 sent (700101010000W)(00000000): no m3
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void heatMeterWithAThreeDigitCrc(Feed feed) {
        DsmrTelegram t = parse("telegram_unpadded_crc.txt", feed, 0);
        assertThat(t.header()).isEqualTo("NWA-WARMTELINK");
        assertThat(t.crcChecked()).isTrue();
        assertThat(t.version()).contains("50");
        assertThat(t.equipmentId()).contains("ADC3100000158491"); // hex, but not text
        assertThat(t.timestamp()).contains(Instant.parse("2026-02-15T19:05:23Z"));
        assertEnergy(t, null, null, null, null);
        assertTotals(t, null, null);
        assertPower(t, null, null);
        assertThat(t.gas()).isEmpty(); // device type 4 (heat), in GJ
        assertThat(t.obis()).containsEntry("0-1:24.2.1", "(260215200523W)(240.860*GJ)");
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void fluvius(Feed feed) {
        DsmrTelegram t = parse("telegram_fluvius_v171.txt", feed, 0);
        assertThat(t.header()).isEqualTo("FLU5\\253769484_A");
        assertThat(t.crcChecked()).isTrue();
        assertThat(t.version()).contains("50217");
        assertThat(t.equipmentId()).contains("1SAG3101021605");
        assertThat(t.timestamp()).contains(Instant.parse("2020-05-12T11:54:09Z"));
        assertEnergy(t, "0.034", "15.758", "0.000", "0.011");
        assertTotals(t, "15.792", "0.011");
        assertPower(t, "0.000", "0.000");
        assertGas(t, "112.384", "2020-05-12T11:45:58Z"); // 0-1:24.2.3; 0-2 is water (type 7), also in m3
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void fluviusInWinter(Feed feed) {
        DsmrTelegram t = parse("telegram_fluvius_v171_alt.txt", feed, 0);
        assertThat(t.crcChecked()).isTrue();
        assertThat(t.version()).contains("50217");
        assertThat(t.equipmentId()).contains("1SAG3100721326");
        assertThat(t.timestamp()).contains(Instant.parse("2023-11-02T11:15:48Z"));
        assertEnergy(t, "301.548", "270.014", "0.005", "0.000");
        assertTotals(t, "571.562", "0.005");
        assertPower(t, "0.338", "0.000");
        assertGas(t, "92.287", "2023-11-02T11:10:02Z");
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void easyMeterWithReturn(Feed feed) {
        DsmrTelegram t = parse("telegram_esy5q3db1024_v304.txt", feed, EASYMETER_TRAILER_BYTES);
        assertThat(t.header()).isEqualTo("ESY5Q3DB1024 V3.04");
        assertThat(t.crcChecked()).isFalse();
        assertThat(t.version()).isEmpty();
        assertThat(t.equipmentId()).contains("1ESY1313002565");
        assertThat(t.timestamp()).isEmpty();
        assertEnergy(t, null, null, null, null);
        assertTotals(t, "52185.7825309", "19949.3221493");
        assertPower(t, "2.12486", null); // 002124.86*W
        assertThat(t.gas()).isEmpty();
        assertThat(t.obis()).containsEntry("1-0:21.7.0", "(000747.85*W)"); // sent as 1-0:21.7.0*255
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void easyMeter(Feed feed) {
        DsmrTelegram t = parse("telegram_esy5q3da1004_v304.txt", feed, EASYMETER_TRAILER_BYTES);
        assertThat(t.header()).isEqualTo("ESY5Q3DA1004 V3.04");
        assertThat(t.crcChecked()).isFalse();
        assertThat(t.equipmentId()).contains("1ESY1336001560");
        assertEnergy(t, null, null, null, null);
        assertTotals(t, "32549.5061662", null);
        assertPower(t, "1.68821", null);
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void sagemcomInWattHours(Feed feed) {
        DsmrTelegram t = parse("telegram_sagemcom_t210_d_r.txt", feed, 0);
        assertThat(t.header()).isEqualTo("EST5\\253710000_A");
        assertThat(t.crcChecked()).isTrue();
        assertThat(t.version()).contains("50");
        assertThat(t.equipmentId()).isEmpty();
        assertThat(t.timestamp()).contains(Instant.parse("2022-10-06T13:50:14Z"));
        assertEnergy(t, "5017.120", "1528.646", "0.000", "0.058");
        assertTotals(t, "6545.766", "0.058");
        assertPower(t, "0.286", "0.000");
        assertThat(t.gas()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void iskraIreland(Feed feed) {
        DsmrTelegram t = parse("telegram_iskra_ie.txt", feed, 0);
        assertThat(t.header()).isEqualTo("ISk5\u0002MIE5T-200"); // the capture has byte 2 where "\2" was meant
        assertThat(t.crcChecked()).isTrue();
        assertThat(t.version()).isEmpty();
        assertThat(t.equipmentId()).contains("09610"); // 0-0:96.1.0
        assertThat(t.timestamp()).contains(Instant.parse("2023-02-02T11:27:47Z"));
        assertEnergy(t, "10.181", "10.182", "10.281", "10.282");
        assertTotals(t, "20.363", "20.563");
        assertPower(t, "0.170", "0.270");
        assertThat(t.gas()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void eonHungary(Feed feed) {
        DsmrTelegram t = parse("telegram_v5_eon_hu.txt", feed, 0);
        assertThat(t.header()).isEqualTo("SAG5SAG-METER");
        assertThat(t.crcChecked()).isTrue();
        assertThat(t.version()).isEmpty();
        assertThat(t.equipmentId()).contains("890082200002160"); // 0-0:96.1.0
        assertThat(t.timestamp()).contains(Instant.parse("2023-07-24T13:07:30Z"));
        assertEnergy(t, "47.719", "125.921", "401.829", "225.348");
        assertTotals(t, "173.640", "627.177");
        assertPower(t, "0.000", "2.601");
        assertThat(t.gas()).isEmpty();
    }

    private static void assertEnergy(DsmrTelegram t, String in1, String in2, String out1, String out2) {
        assertAmount(t.energyDeliveredTariff1Kwh(), in1);
        assertAmount(t.energyDeliveredTariff2Kwh(), in2);
        assertAmount(t.energyReturnedTariff1Kwh(), out1);
        assertAmount(t.energyReturnedTariff2Kwh(), out2);
    }

    private static void assertTotals(DsmrTelegram t, String delivered, String returned) {
        assertAmount(t.energyDeliveredTotalKwh(), delivered);
        assertAmount(t.energyReturnedTotalKwh(), returned);
    }

    private static void assertPower(DsmrTelegram t, String delivered, String returned) {
        assertAmount(t.powerDeliveredKw(), delivered);
        assertAmount(t.powerReturnedKw(), returned);
    }

    private static void assertGas(DsmrTelegram t, String volumeM3, String timestamp) {
        assertThat(t.gas()).hasValueSatisfying(gas -> {
            assertThat(gas.volumeM3()).isEqualTo(new BigDecimal(volumeM3));
            assertThat(gas.timestamp()).contains(Instant.parse(timestamp));
        });
    }

    /** Exact, scale included: the parser keeps the meter's precision. {@code null} means absent. */
    private static void assertAmount(Optional<BigDecimal> actual, String expected) {
        if (expected == null) {
            assertThat(actual).isEmpty();
        } else {
            assertThat(actual).contains(new BigDecimal(expected));
        }
    }
}
