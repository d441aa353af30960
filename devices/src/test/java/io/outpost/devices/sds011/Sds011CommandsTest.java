package io.outpost.devices.sds011;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Sds011CommandsTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void everyCommandIsFramedAddressedAndSummed() {
        Sds011Commands all = Sds011Commands.allSensors();
        List<byte[]> commands = List.of(all.queryData(), all.queryReportingMode(),
                all.setReportingMode(ReportingMode.ACTIVE), all.setDeviceId("0001"), all.queryWorkState(),
                all.setWorkState(WorkState.WORK), all.queryFirmwareVersion(), all.queryWorkingPeriod(),
                all.setWorkingPeriod(30));

        assertThat(commands).allSatisfy(command -> assertThat(command)
                .hasSize(19).startsWith(0xAA, 0xB4).endsWith(0xFF, 0xFF, checksum(command), 0xAB));
    }

    @Test
    void unspecifiedCommandsMatchTheProtocol() {
        assertThat(Sds011Commands.allSensors().setReportingMode(ReportingMode.ACTIVE))
                .isEqualTo(HEX.parseHex("aa b4 02 01 00 00 00 00 00 00 00 00 00 00 00 ff ff 01 ab"));
        assertThat(Sds011Commands.forDevice("a160").setWorkingPeriod(30))
                .isEqualTo(HEX.parseHex("aa b4 08 01 1e 00 00 00 00 00 00 00 00 00 00 a1 60 28 ab"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 31, 256})
    void workingPeriodOutsideZeroToThirtyIsRejected(int minutes) {
        assertThatIllegalArgumentException().isThrownBy(() -> Sds011Commands.allSensors().setWorkingPeriod(minutes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A16", "A1600", "G160", "+A16", "A1 6"})
    void deviceIdMustBeFourHexDigits(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> Sds011Commands.forDevice(id));
        assertThatIllegalArgumentException().isThrownBy(() -> Sds011Commands.allSensors().setDeviceId(id));
    }

    @Test
    void theBroadcastIdCannotBeGivenToOneSensor() {
        assertThatIllegalArgumentException().isThrownBy(() -> Sds011Commands.forDevice("A160").setDeviceId("ffff"));
    }

    private static int checksum(byte[] command) {
        int sum = 0;
        for (int i = 2; i < 17; i++) {
            sum += command[i] & 0xFF;
        }
        return sum & 0xFF;
    }
}
