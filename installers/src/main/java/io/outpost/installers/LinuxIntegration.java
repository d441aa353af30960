package io.outpost.installers;

import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the Linux packages add outside their own folder, and the scripts that add and remove it: the udev rule,
 * the menu entry (its comment in every language of the app) and an {@code outpost} command. jpackage's own
 * menu entry is not used: it makes the package depend on xdg-utils, whose commands failed the installation on
 * a machine without a desktop. The same two shell snippets serve the .deb's postinst/postrm and the .rpm's spec.
 */
final class LinuxIntegration {
    static final String DESKTOP_FILE = "outpost.desktop";
    static final String COMMAND = "outpost";
    private static final String TEMPLATES = "linux/";

    private final Map<String, String> values;

    /**
     * @param appDir   where the package installs the app image ({@code /opt/outpost})
     * @param launcher the launcher's name in {@code bin/}, which is also the icon's in {@code lib/}
     */
    LinuxIntegration(String appDir, String launcher) {
        this.values = Map.of("@APPDIR@", appDir, "@LAUNCHER@", launcher, "@RULES@", UdevRules.FILE_NAME,
                "@DESKTOP@", DESKTOP_FILE, "@COMMAND@", COMMAND);
    }

    /** The files the app image carries in {@code lib/linux/}, for the scripts to copy into place. */
    void writeContent(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(UdevRules.FILE_NAME), UdevRules.of(UsbCatalog.builtIn().entries()));
        Files.writeString(folder.resolve(DESKTOP_FILE), desktopEntry());
    }

    /** jpackage's --resource-dir: the .deb's maintainer scripts and the .rpm's spec. */
    void writeResources(Path folder, String packageName) throws IOException {
        Files.createDirectories(folder);
        String install = fill(template("install.sh"));
        String remove = fill(template("remove.sh"));
        for (String script : new String[] {"postinst", "postrm"}) {
            Files.writeString(folder.resolve(script), withSnippets(template(script), install, remove));
        }
        Files.writeString(folder.resolve(packageName + ".spec"), withSnippets(template("outpost.spec"), install, remove));
    }

    String desktopEntry() {
        String comments = Stream.of(Language.values())
                .map(language -> "Comment" + (language == Language.ENGLISH ? "" : "[" + language.tag().replace('-', '_') + "]")
                        + "=" + new Messages(language).get("desktop.comment"))
                .collect(Collectors.joining("\n"));
        return fill(template(DESKTOP_FILE)).replace("@COMMENTS@", comments);
    }

    private static String withSnippets(String script, String install, String remove) {
        return script.replace("@INSTALL@", indent(install)).replace("@REMOVE@", indent(remove));
    }

    private static String indent(String snippet) {
        return snippet.strip().lines().map(line -> line.isEmpty() ? line : "        " + line).collect(Collectors.joining("\n"));
    }

    private String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    private static String template(String name) {
        try (InputStream in = LinuxIntegration.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("The template " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
