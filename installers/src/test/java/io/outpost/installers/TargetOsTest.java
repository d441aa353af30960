package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetOsTest {
    // The options go into the launcher of every package built here: a JVM that does not know one would not start,
    // and one it cannot honour prints a warning at every start (which `outpost --version` would show).
    @Test
    void thisSystemsOwnJvmOptionsAreTakenSilently() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(TargetOs.current().javaOptions());
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(java.waitFor()).as(output).isZero();
        assertThat(output).doesNotContainIgnoringCase("warning").doesNotContainIgnoringCase("unrecognized");
    }

    @Test
    void linuxTrimsTheNativeHeapAndTheOthersAskForNothingTheyCannotDo() {
        assertThat(TargetOs.LINUX.javaOptions()).anyMatch(option -> option.startsWith("-XX:TrimNativeHeapInterval="));
        assertThat(TargetOs.WINDOWS.javaOptions()).isEmpty();
        assertThat(TargetOs.MAC.javaOptions()).isEmpty();
    }
}
