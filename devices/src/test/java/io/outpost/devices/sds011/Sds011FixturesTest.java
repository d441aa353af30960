package io.outpost.devices.sds011;

import static io.outpost.devices.sds011.Sds011Fixtures.HOST_TO_SENSOR;
import static io.outpost.devices.sds011.Sds011Fixtures.SENSOR_TO_HOST;
import static io.outpost.devices.sds011.Sds011Reply.Access.QUERY;
import static io.outpost.devices.sds011.Sds011Reply.Access.SET;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.protocol.ParserStats;
import io.outpost.devices.sds011.Sds011Fixtures.Row;
import io.outpost.devices.sds011.Sds011Reply.DeviceIdReply;
import io.outpost.devices.sds011.Sds011Reply.FirmwareReply;
import io.outpost.devices.sds011.Sds011Reply.ReportingModeReply;
import io.outpost.devices.sds011.Sds011Reply.WorkStateReply;
import io.outpost.devices.sds011.Sds011Reply.WorkingPeriodReply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the SDS011 fixture file, with the values a reader of the protocol V1.3 expects. */
class Sds011FixturesTest {
    private static final String BERTRIK_FRAME = "test_rx.frame (PM2.5=123.6 PM10=261.8 ID bytes A1 60)";
    private static final String REAL_CAPTURE =
            "firmware-version reply with 5 leading noise bytes; version 17-8-21, ID printed as 9822";

    private static final Map<String, Sds011Frame> EXPECTED = Map.ofEntries(
            entry("test_parser_crc.msg", new Sds011Measurement(1236, 2618, "A160")),
            entry(BERTRIK_FRAME, new Sds011Measurement(1236, 2618, "A160")),
            entry("test_parser_msg_rep_mode_get.res1", new ReportingModeReply(QUERY, ReportingMode.ACTIVE, "A160")),
            entry("test_parser_msg_rep_mode_get.res2", new ReportingModeReply(QUERY, ReportingMode.QUERY, "A160")),
            entry("test_parser_msg_rep_mode_set.res", new ReportingModeReply(SET, ReportingMode.QUERY, "A160")),
            entry("test_parser_msg_dev_id_set.res", new DeviceIdReply("A001")),
            entry("test_parser_msg_sleep_set_on.res", new WorkStateReply(SET, WorkState.SLEEP, "A160")),
            entry("test_parser_msg_sleep_set_off.res", new WorkStateReply(SET, WorkState.WORK, "A160")),
            entry("test_parser_msg_sleep_get.res1", new WorkStateReply(QUERY, WorkState.WORK, "A160")),
            entry("test_parser_msg_sleep_get.res2", new WorkStateReply(QUERY, WorkState.SLEEP, "A160")),
            entry("test_parser_msg_fw_ver_get.res", new FirmwareReply(LocalDate.of(2015, 7, 10), "A160")),
            entry("test_parser_msg_op_mode_set_periodic.res", new WorkingPeriodReply(SET, 1, "A160")),
            entry("test_parser_msg_op_mode_set_continous.res", new WorkingPeriodReply(SET, 0, "A160")),
            entry("test_parser_msg_op_mode_get.res", new WorkingPeriodReply(QUERY, 2, "A160")),
            entry(REAL_CAPTURE, new FirmwareReply(LocalDate.of(2017, 8, 21), "9822")));

    /** Checksum-valid frames with an unknown command id (09) or a query/set flag of 2. */
    private static final Set<String> INVALID = Set.of(
            "test_parser_invalid_msg.buf",
            "test_parser_rep_mode_invalid_data.buf",
            "test_parser_sleep_invalid_data.buf",
            "test_parser_op_mode_invalid_data.buf");

    private static final Sds011Commands A160 = Sds011Commands.forDevice("A160");
    private static final Map<String, Supplier<byte[]>> COMMANDS = Map.ofEntries(
            entry("test_parser_msg_rep_mode_get.req", Sds011Commands.allSensors()::queryReportingMode),
            entry("test_parser_msg_rep_mode_set.req", () -> A160.setReportingMode(ReportingMode.QUERY)),
            entry("test_parser_msg_sample.req", Sds011Commands.allSensors()::queryData),
            entry("test_parser_msg_dev_id_set.req", () -> A160.setDeviceId("A001")),
            entry("test_parser_msg_sleep_set_on.req", () -> A160.setWorkState(WorkState.SLEEP)),
            entry("test_parser_msg_sleep_set_off.req", () -> A160.setWorkState(WorkState.WORK)),
            entry("test_parser_msg_sleep_get.req", A160::queryWorkState),
            entry("test_parser_msg_fw_ver_get.req", A160::queryFirmwareVersion),
            entry("test_parser_msg_op_mode_set_periodic.req", () -> A160.setWorkingPeriod(1)),
            entry("test_parser_msg_op_mode_set_continous.req", () -> A160.setWorkingPeriod(0)),
            entry("test_parser_msg_op_mode_get.req", A160::queryWorkingPeriod));

    static Stream<Row> validSensorRows() {
        return Sds011Fixtures.rows(SENSOR_TO_HOST).stream().filter(row -> !INVALID.contains(row.label()));
    }

    static Stream<Row> invalidSensorRows() {
        return Sds011Fixtures.rows(SENSOR_TO_HOST).stream().filter(row -> INVALID.contains(row.label()));
    }

    static Stream<Row> hostRows() {
        return Sds011Fixtures.rows(HOST_TO_SENSOR).stream();
    }

    @Test
    void everyRowHasAnExpectation() {
        Set<String> sensorLabels = labels(SENSOR_TO_HOST);
        Set<String> covered = new HashSet<>(EXPECTED.keySet());
        covered.addAll(INVALID);
        assertThat(sensorLabels).isEqualTo(covered);
        assertThat(labels(HOST_TO_SENSOR)).isEqualTo(COMMANDS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSensorRows")
    void sensorFrameParsesToTheSpecifiedValues(Row row) {
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(row.bytes())).containsExactly(EXPECTED.get(row.label()));
        int noise = row.label().equals(REAL_CAPTURE) ? 5 : 0;
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 0, noise));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSensorRows")
    void parsedFrameEncodesBackToTheSameBytes(Row row) {
        byte[] bytes = row.bytes();
        byte[] frame = Arrays.copyOfRange(bytes, bytes.length - 10, bytes.length);

        assertThat(EXPECTED.get(row.label()).toBytes()).isEqualTo(frame);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSensorRows")
    void invalidFrameIsRejectedAndCounted(Row row) {
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(row.bytes())).isEmpty();
        assertThat(parser.stats()).isEqualTo(new ParserStats(0, 1, 0, 0));
    }

    @Test
    void measurementReadsInMicrogramsPerCubicMetre() {
        Sds011Frame frame = new Sds011Parser().feed(row(BERTRIK_FRAME).bytes()).getFirst();

        assertThat(frame).isInstanceOfSatisfying(Sds011Measurement.class, m -> {
            assertThat(m.pm25Ugm3()).isEqualTo(new BigDecimal("123.6"));
            assertThat(m.pm10Ugm3()).isEqualTo(new BigDecimal("261.8"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostRows")
    void encoderProducesTheCommandExactly(Row row) {
        assertThat(COMMANDS.get(row.label()).get()).isEqualTo(row.bytes());
    }

    private static Set<String> labels(String direction) {
        return Sds011Fixtures.rows(direction).stream().map(Row::label).collect(Collectors.toSet());
    }

    private static Row row(String label) {
        return Sds011Fixtures.rows().stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow();
    }
}
