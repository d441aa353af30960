package io.outpost.devices.odp;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.odp.OdpMessage.Notification;
import io.outpost.devices.odp.OdpMessage.Response;
import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.protocol.ParserStats;
import io.outpost.devices.testing.Fuzz;
import java.util.List;
import org.junit.jupiter.api.Test;

class OdpFuzzTest {
    private static final List<byte[]> SEEDS = DeviceLines.session().stream().map(DeviceLines::bytes).toList();

    @Test
    void theSeedsAreWhatADeviceSends() {
        OdpLineParser parser = new OdpLineParser();
        SEEDS.forEach(parser::feed);

        assertThat(parser.stats().frames()).isEqualTo(SEEDS.size() - 1);
        assertThat(parser.stats().corrupt()).isZero();
    }

    @Test
    void mutatedDeviceOutputNeverBreaksTheParser() {
        assertThat(Fuzz.run(OdpLineParser::new, SEEDS, 0x0D_01L)).isPositive();
    }

    @Test
    void mutatedMessagesNeverBreakTheTypedViewsOrSignatureChecks() {
        assertThat(Fuzz.run(ViewingParser::new, SEEDS, 0x0D_02L)).isPositive();
    }

    /** Reads every accepted message through the views a session would use on it. */
    private static final class ViewingParser implements FrameParser<OdpMessage> {
        private final OdpLineParser parser = new OdpLineParser();

        @Override
        public List<OdpMessage> feed(byte[] data, int offset, int length) {
            List<OdpMessage> messages = parser.feed(data, offset, length);
            messages.forEach(ViewingParser::view);
            return messages;
        }

        @Override
        public ParserStats stats() {
            return parser.stats();
        }

        private static void view(OdpMessage message) {
            switch (message) {
                case Response response -> response.result().ifPresent(result -> {
                    Identity.from(result).ifPresent(Identity::publicKeyMatchesDevice);
                    DeviceStatus.from(result);
                });
                case Notification notification -> Heartbeat.from(notification).ifPresent(Heartbeat::verify);
            }
        }
    }
}
