package io.outpost.devices.sds011;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.outpost.devices.sds011.Sds011Reply.Access;
import io.outpost.devices.sds011.Sds011Reply.FirmwareReply;
import io.outpost.devices.sds011.Sds011Reply.WorkingPeriodReply;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Sds011FrameTest {
    @Test
    void measurementGivesMicrogramsPerCubicMetreExactly() {
        Sds011Measurement measurement = new Sds011Measurement(0, 65535, "a160");

        assertThat(measurement.pm25Ugm3()).isEqualTo(new BigDecimal("0.0"));
        assertThat(measurement.pm10Ugm3()).isEqualTo(new BigDecimal("6553.5"));
        assertThat(measurement.deviceId()).isEqualTo("A160");
    }

    @Test
    void valuesTheWireCannotCarryAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sds011Measurement(-1, 0, "A160"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sds011Measurement(0, 65536, "A160"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sds011Measurement(0, 0, "A16"));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingPeriodReply(Access.SET, 31, "A160"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FirmwareReply(LocalDate.of(2100, 1, 1), "A160"));
    }
}
