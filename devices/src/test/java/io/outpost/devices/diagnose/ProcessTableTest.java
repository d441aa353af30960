package io.outpost.devices.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTableTest {
    @TempDir
    Path temp;

    private Path process(Path proc, long pid, String name) throws Exception {
        Path folder = Files.createDirectories(proc.resolve(Long.toString(pid)).resolve("fd"));
        Files.writeString(folder.getParent().resolve("comm"), name + "\n");
        return folder;
    }

    @Test
    void findsTheProcessHoldingAPortAndTheServicesThatGrabPorts() throws Exception {
        Path proc = Files.createDirectories(temp.resolve("proc"));
        Path tty = Files.createFile(temp.resolve("ttyUSB0"));
        Path other = Files.createFile(temp.resolve("other"));
        Files.createSymbolicLink(process(proc, 812, "ModemManager").resolve("7"), tty);
        Files.createSymbolicLink(process(proc, 900, "bash").resolve("1"), other);
        process(proc, 77, "brltty");
        Files.createDirectories(proc.resolve("self"));

        ProcessTable table = new ProcessTable(proc);

        assertThat(table.holding(tty)).containsExactly(new RunningProcess(812, "ModemManager"));
        assertThat(SerialConflicts.running(table.processes()))
                .containsExactly(SerialConflicts.Service.MODEM_MANAGER, SerialConflicts.Service.BRLTTY);
    }

    @Test
    void theRealProcFolderShowsThisProcessHoldingAFileItOpened() throws Exception {
        Path file = Files.writeString(temp.resolve("held"), "x");
        try (var channel = java.nio.channels.FileChannel.open(file)) {
            assertThat(new ProcessTable(Path.of("/proc")).holding(file))
                    .extracting(RunningProcess::pid).contains(ProcessHandle.current().pid());
        }
    }

    @Test
    void aMissingProcFolderMeansNoProcesses() {
        assertThat(new ProcessTable(temp.resolve("nothing")).processes()).isEmpty();
    }
}
