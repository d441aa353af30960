package io.outpost.devices.diagnose;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Linux's /proc (or a folder laid out like it, for tests): which processes run, and which of them
 * hold a device open. Processes of other users may be unreadable; they are skipped, never an error.
 */
public final class ProcessTable {
    private final Path proc;

    public ProcessTable(Path proc) {
        this.proc = proc;
    }

    public List<RunningProcess> processes() {
        List<RunningProcess> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path entry : entries) {
                name(entry).ifPresent(name -> found.add(new RunningProcess(Long.parseLong(entry.getFileName().toString()), name)));
            }
        } catch (IOException | NumberFormatException e) {
            return found;
        }
        return found;
    }

    /** The processes with an open file descriptor on {@code device} (compared after resolving links). */
    public List<RunningProcess> holding(Path device) {
        Path target = realPath(device);
        List<RunningProcess> holders = new ArrayList<>();
        for (RunningProcess process : processes()) {
            if (holds(proc.resolve(Long.toString(process.pid())).resolve("fd"), target)) {
                holders.add(process);
            }
        }
        return holders;
    }

    private static boolean holds(Path fdFolder, Path target) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdFolder)) {
            for (Path fd : fds) {
                if (Files.isSymbolicLink(fd) && target.equals(realPath(Files.readSymbolicLink(fd)))) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }

    private static Optional<String> name(Path processFolder) {
        try {
            return Optional.of(Files.readString(processFolder.resolve("comm")).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
