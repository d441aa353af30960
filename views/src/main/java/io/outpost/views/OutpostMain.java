package io.outpost.views;

import io.outpost.app.cli.ConsoleOutput;
import io.outpost.app.cli.OutpostCli;
import io.outpost.app.cli.WindowArguments;
import io.outpost.app.doctor.SystemFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.property.Property;

/**
 * The program's entry point (a plain class: a JavaFX {@code Application} as main class fails on the class
 * path). It hands the arguments to the CLI, which opens the desktop when no command is given.
 */
public final class OutpostMain {
    private OutpostMain() {
    }

    public static void main(String[] args) {
        SystemFacts facts = new SystemFacts(Runtime.version(), javafxVersion(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("user.name"));
        FxDesktop desktop = new FxDesktop();
        if (WindowArguments.parse(args).isPresent() && facts.displayIn(System.getenv())) {
            desktop.startEarly();
        }
        OutpostCli cli = new OutpostCli(facts, System.getenv(), Path.of(System.getProperty("user.home")),
                Locale.getDefault(), ConsoleOutput.stdout(), ConsoleOutput.stderr(), desktop);
        System.exit(cli.execute(args));
    }

    /** JavaFX's version without starting its toolkit: javafx.base carries it in {@code /javafx.properties}. */
    static Optional<String> javafxVersion() {
        try (InputStream in = Property.class.getResourceAsStream("/javafx.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("javafx.runtime.version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
