package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolCheckTest {
    @TempDir
    Path temp;

    @Test
    void namesTheProgramsMissingFromThePath() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        for (String program : List.of("dpkg-deb", "fakeroot")) {
            Files.writeString(bin.resolve(program), "#!/bin/sh\n");
            Files.setPosixFilePermissions(bin.resolve(program), PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        assertThat(ToolCheck.missing(TargetOs.LINUX, List.of("deb", "rpm"), bin.toString()))
                .as("jlink's objcopy, then the .rpm's rpmbuild").containsExactly("objcopy", "rpmbuild");
        assertThat(ToolCheck.missing(TargetOs.LINUX, List.of(), bin.toString())).containsExactly("objcopy");
        assertThat(ToolCheck.missing(TargetOs.WINDOWS, List.of("msi"), "")).isEmpty();
    }
}
