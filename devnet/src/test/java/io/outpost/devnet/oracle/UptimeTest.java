package io.outpost.devnet.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Heartbeats into uptime intervals: joined up to 90 s apart, 30 s after the last, clipped to the epoch. */
class UptimeTest {
    @Test
    void heartbeatsAtMostNinetySecondsApartJoinAndAnIsolatedOneCountsThirtySeconds() {
        List<Uptime.Interval> intervals = Uptime.within(List.of(1000L, 1030L, 1120L, 1300L), 0, 3600);
        assertThat(intervals).containsExactly(new Uptime.Interval(1000, 1150), new Uptime.Interval(1300, 1330));
        assertThat(Uptime.covered(intervals)).isEqualTo(180);
    }

    @Test
    void aGapOfNinetyOneSecondsSplits() {
        assertThat(Uptime.within(List.of(0L, 91L), 0, 3600))
                .containsExactly(new Uptime.Interval(0, 30), new Uptime.Interval(91, 121));
        assertThat(Uptime.within(List.of(0L, 90L), 0, 3600)).containsExactly(new Uptime.Interval(0, 120));
    }

    @Test
    void intervalsAreClippedToTheEpoch() {
        List<Long> times = List.of(3540L, 3600L, 3660L);
        assertThat(Uptime.within(times, 0, 3600)).containsExactly(new Uptime.Interval(3540, 3600));
        assertThat(Uptime.within(times, 3600, 7200)).containsExactly(new Uptime.Interval(3600, 3690));
        assertThat(Uptime.within(List.of(3570L), 3600, 7200)).isEmpty();
        assertThat(Uptime.within(List.of(), 0, 3600)).isEmpty();
    }
}
