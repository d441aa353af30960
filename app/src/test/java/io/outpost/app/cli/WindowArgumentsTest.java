package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WindowArgumentsTest {
    @Test
    void theWindowsOwnOptionsAreReadWithoutPicocli() {
        assertThat(WindowArguments.parse()).contains(new WindowArguments(null, false));
        assertThat(WindowArguments.parse("--smoke-test")).contains(new WindowArguments(null, true));
        assertThat(WindowArguments.parse("--data-dir", "/tmp/x", "--smoke-test"))
                .contains(new WindowArguments(Path.of("/tmp/x"), true));
        assertThat(WindowArguments.parse("--smoke-test", "--data-dir=/tmp/y"))
                .contains(new WindowArguments(Path.of("/tmp/y"), true));
    }

    @Test
    void anythingElseIsLeftToPicocliForItsUsualAnswer() {
        assertThat(WindowArguments.parse("wallet", "list")).as("a command").isEmpty();
        assertThat(WindowArguments.parse("--data-dir", "/tmp/x", "devices", "list")).as("a command after the folder").isEmpty();
        assertThat(WindowArguments.parse("--version")).isEmpty();
        assertThat(WindowArguments.parse("--help")).isEmpty();
        assertThat(WindowArguments.parse("--smoke-tset")).as("a typo").isEmpty();
        assertThat(WindowArguments.parse("--data-dir")).as("a folder missing").isEmpty();
        assertThat(WindowArguments.parse("--smoke-test", "--smoke-test")).as("twice").isEmpty();
        assertThat(WindowArguments.parse("--data-dir", "a", "--data-dir", "b")).as("two folders").isEmpty();
        assertThat(WindowArguments.parse("--data-dir", "bad\u0000path")).as("not a path").isEmpty();
    }
}
