package io.outpost.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds Outpost's app image and installers for the operating system the build runs on (run by the
 * installers module's {@code -Pinstaller} profile): the icon, a jlinked runtime, then jpackage. Linux packages
 * also carry the udev rule and menu entry and the scripts that put them in place ({@link LinuxIntegration}).
 */
public final class Packager {
    private final TargetOs os;
    private final PackageJob job;

    Packager(TargetOs os, PackageJob job) {
        this.os = os;
        this.job = job;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        TargetOs os = TargetOs.current();
        new Packager(os, PackageJob.parse(os, args)).build();
    }

    void build() throws IOException, InterruptedException {
        ToolCheck.forTypes(os, job.types());
        deleteRecursively(job.work());
        LinuxIntegration linux = new LinuxIntegration("/opt/" + job.packageName(), job.name());
        buildAppImage(linux);
        for (String type : job.types()) {
            List<String> installer = new ArrayList<>(List.of("--type", type, "--app-image", appImage().toString(),
                    "--dest", job.dest().toString()));
            installer.addAll(platformOptions(linux));
            installer.addAll(macSigning());
            JdkTool.run("jpackage", withCommon(installer));
            nameAfterTheRealVersion(type);
        }
    }

    // The icon, the runtime and the slimmed jars, then jpackage's app image: what every installer is made from.
    private void buildAppImage(LinuxIntegration linux) throws IOException, InterruptedException {
        Path icon = job.work().resolve("icon").resolve(job.name() + "." + os.iconFormat());
        IconSet.read(job.icon()).write(os, icon);
        Path runtime = job.work().resolve("runtime");
        new RuntimeImage(os).link(job.javafx(), job.modules(), runtime);
        Path input = job.work().resolve("input");
        new SlimJars(NativeFilter.forPlatform(os, System.getProperty("os.arch"))).copy(job.input(), input);
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--input", input.toString(),
                "--main-jar", job.mainJar(), "--main-class", job.mainClass(), "--runtime-image", runtime.toString(),
                "--icon", icon.toString(), "--dest", job.work().resolve("image").toString()));
        Stream.concat(job.javaOptions().stream(), os.javaOptions().stream())
                .forEach(option -> image.addAll(List.of("--java-options", option)));
        if (os == TargetOs.LINUX) {
            Path content = job.work().resolve("content").resolve("linux");
            linux.writeContent(content);
            image.addAll(List.of("--app-content", content.toString()));
        }
        image.addAll(macSigning());
        JdkTool.run("jpackage", withCommon(image));
        useScriptLauncher();
        if (!job.aot()) {
            System.out.println("[installers] No AOT cache (-Dinstaller.aot=false)");
        } else if (!macSigning().isEmpty()) {
            // Training changes the image after jpackage signed it; signed macOS builds go without for now.
            System.out.println("[installers] No AOT cache: the macOS app image is signed");
        } else {
            new AotCache(os).train(appImage(), job.name(), job.work());
            useScriptLauncher(); // again, now with the cache among its options
        }
    }

    // Trained and shipped with the same launcher: on Linux the script, not jpackage's native one.
    private void useScriptLauncher() throws IOException {
        if (os == TargetOs.LINUX) {
            LinuxLauncher.replace(appImage(), job.name());
        }
    }

    private List<String> macSigning() {
        return os == TargetOs.MAC && !job.macSigningIdentity().isEmpty()
                ? List.of("--mac-sign", "--mac-signing-key-user-name", job.macSigningIdentity())
                : List.of();
    }

    // A macOS package of a 0.x version is built as 1.0.0 (jpackage's rule); its file says the real version.
    private void nameAfterTheRealVersion(String type) throws IOException {
        String built = job.name() + "-" + job.version(os) + "." + type;
        Path file = job.dest().resolve(built);
        if (!job.version(os).equals(job.version()) && Files.exists(file)) {
            Files.move(file, job.dest().resolve(job.name() + "-" + job.version() + "." + type),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private List<String> withCommon(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--name", job.name(), "--app-version", job.version(os), "--vendor", job.vendor(),
                "--description", job.description()));
        return all;
    }

    private List<String> platformOptions(LinuxIntegration linux) throws IOException {
        return switch (os) {
            case LINUX -> {
                Path resources = job.work().resolve("resources");
                linux.writeResources(resources, job.packageName());
                yield List.of("--resource-dir", resources.toString(), "--linux-package-name", job.packageName(),
                        "--linux-app-category", "utils");
            }
            case WINDOWS -> List.of("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-per-user-install",
                    "--win-upgrade-uuid", "0f5d65f4-7ef3-4d86-8289-9cc167255798");
            case MAC -> List.of("--mac-package-identifier", "io.outpost.desktop");
        };
    }

    // jpackage names the image folder after the app, with .app on macOS.
    private Path appImage() {
        return job.work().resolve("image").resolve(os == TargetOs.MAC ? job.name() + ".app" : job.name());
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
