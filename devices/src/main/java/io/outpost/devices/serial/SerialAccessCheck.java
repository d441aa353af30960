package io.outpost.devices.serial;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * On Linux, serial devices ({@code /dev/ttyUSB*}, {@code /dev/ttyACM*}) belong to a group, usually
 * {@code dialout} (Debian, Ubuntu) or {@code uucp} (Arch, Fedora); a user outside it cannot open them.
 * Other systems grant access through drivers, so the check does not apply there.
 */
public final class SerialAccessCheck {
    private static final List<String> USUAL_GROUPS = List.of("dialout", "uucp");

    private final Path devDir;
    private final Path groupFile;
    private final String user;
    private final Supplier<Set<String>> userGroups;

    /**
     * @param devDir     where device nodes live ({@code /dev})
     * @param groupFile  the group database ({@code /etc/group}), read to find the usual serial group
     * @param user       the user name
     * @param userGroups the names of the groups this process runs with
     */
    public SerialAccessCheck(Path devDir, Path groupFile, String user, Supplier<Set<String>> userGroups) {
        this.devDir = devDir;
        this.groupFile = groupFile;
        this.user = user;
        this.userGroups = userGroups;
    }

    /** The check for this process: groups from {@code /proc/self/status}, names from {@code /etc/group}. */
    public static SerialAccessCheck forThisProcess(String user) {
        Path groupFile = Path.of("/etc/group");
        return new SerialAccessCheck(Path.of("/dev"), groupFile, user,
                () -> processGroups(Path.of("/proc/self/status"), groupFile));
    }

    /** The names of the groups listed on the {@code Groups:} line of a {@code /proc/<pid>/status} file. */
    static Set<String> processGroups(Path procStatus, Path groupFile) {
        try {
            Set<String> gids = Files.readAllLines(procStatus).stream()
                    .filter(line -> line.startsWith("Groups:"))
                    .flatMap(line -> Arrays.stream(line.substring(7).trim().split("\\s+")))
                    .filter(gid -> !gid.isEmpty())
                    .collect(Collectors.toSet());
            return Files.readAllLines(groupFile).stream()
                    .map(line -> line.split(":"))
                    .filter(fields -> fields.length > 2 && gids.contains(fields[2]))
                    .map(fields -> fields[0])
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    public SerialAccess check(boolean linux) {
        if (!linux) {
            return new SerialAccess(SerialAccess.Status.NOT_APPLICABLE, Optional.empty(), user, List.of());
        }
        List<Path> devices = serialDevices();
        Optional<String> group = devices.isEmpty() ? usualGroup() : owningGroup(devices.getFirst());
        if ("root".equals(user) || group.isEmpty() || userGroups.get().contains(group.get())) {
            return new SerialAccess(SerialAccess.Status.GRANTED, group, user, devices);
        }
        return new SerialAccess(SerialAccess.Status.MISSING_GROUP, group, user, devices);
    }

    private List<Path> serialDevices() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(devDir, "tty{USB,ACM}*")) {
            stream.forEach(found::add);
        } catch (IOException e) {
            return List.of();
        }
        found.sort(null);
        return found;
    }

    private static Optional<String> owningGroup(Path device) {
        try {
            return Optional.of(Files.readAttributes(device, PosixFileAttributes.class).group().getName());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private Optional<String> usualGroup() {
        try {
            List<String> names = Files.readAllLines(groupFile).stream()
                    .map(line -> line.split(":", 2)[0])
                    .toList();
            return USUAL_GROUPS.stream().filter(names::contains).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
