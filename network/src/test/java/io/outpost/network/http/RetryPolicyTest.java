package io.outpost.network.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static RetryPolicy policy(RandomGenerator random) {
        return new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(3), Duration.ofSeconds(30), random);
    }

    @Test
    void backoffDoublesUpToTheMaximumWithHalfOfItJittered() {
        RetryPolicy noJitter = policy(() -> 0L);
        assertThat(noJitter.delay(1, Optional.empty())).isEqualTo(Duration.ofMillis(100));
        assertThat(noJitter.delay(2, Optional.empty())).isEqualTo(Duration.ofMillis(200));
        assertThat(noJitter.delay(3, Optional.empty())).isEqualTo(Duration.ofMillis(400));
        assertThat(noJitter.delay(9, Optional.empty())).isEqualTo(Duration.ofMillis(1500));

        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        for (int i = 0; i < 1000; i++) {
            assertThat(policy(random).delay(3, Optional.empty())).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
        }
    }

    @Test
    void aRetryAfterIsTakenAsItIsUpToTheCap() {
        RetryPolicy policy = policy(() -> 0L);
        assertThat(policy.delay(1, Optional.of(Duration.ofSeconds(12)))).isEqualTo(Duration.ofSeconds(12));
        assertThat(policy.delay(1, Optional.of(Duration.ofHours(2)))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theOriginHidesPathsQueriesAndUserInfo() {
        assertThat(Http.origin(URI.create("http://127.0.0.1:8545"))).isEqualTo("http://127.0.0.1:8545");
        assertThat(Http.origin(URI.create("https://mainnet.infura.io/v3/0123abcd"))).isEqualTo("https://mainnet.infura.io/…");
        assertThat(Http.origin(URI.create("https://rpc.example/?key=secret"))).isEqualTo("https://rpc.example/…");
        assertThat(Http.origin(URI.create("https://user:pw@rpc.example/"))).isEqualTo("https://rpc.example/…");
    }
}
