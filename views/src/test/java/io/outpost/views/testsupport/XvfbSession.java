package io.outpost.views.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the UI tests a real X server of their own: starts Xvfb on a free display before any test runs and
 * points this process's DISPLAY at it, so {@code ./mvnw verify} works on a machine with no screen and never
 * draws on a developer's desktop. {@code -Doutpost.test.display=current} keeps the current DISPLAY instead,
 * to watch the tests run.
 *
 * <p>GTK reads DISPLAY from the C environment when JavaFX starts, which Java cannot change; libc's
 * {@code setenv} is called through the foreign-function API before any test touches JavaFX.
 */
public final class XvfbSession implements LauncherSessionListener {
    // Xvfb must outlive this JVM's X connection: killed while GTK is still connected, Xlib ends the JVM with
    // exit code 1. So a small shell keeps it until the JVM (pid $0) has exited, crashed or not, then stops it.
    private static final String XVFB_UNTIL_JVM_EXITS = "command -v Xvfb >/dev/null || exit 127; "
            + "Xvfb -displayfd 1 -screen 0 1600x1000x24 -nolisten tcp & xvfb=$!; "
            + "while kill -0 \"$0\" 2>/dev/null && kill -0 $xvfb 2>/dev/null; do sleep 0.5; done; kill $xvfb 2>/dev/null; wait $xvfb";

    private Process xvfb;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if ("current".equals(System.getProperty("outpost.test.display"))) {
            return;
        }
        try {
            xvfb = new ProcessBuilder("sh", "-c", XVFB_UNTIL_JVM_EXITS, String.valueOf(ProcessHandle.current().pid()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("UI tests need Xvfb: install it (Debian/Ubuntu: apt-get install xvfb xauth)", e);
        }
        String display = ":" + readDisplayNumber();
        setenv("DISPLAY", display);
        System.setProperty("outpost.test.xvfb.display", display);
    }

    // With -displayfd, Xvfb writes the display number it chose once it is ready for clients.
    private String readDisplayNumber() {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
            String line = reader.readLine();
            if (line == null || !line.trim().matches("\\d+")) {
                throw new IllegalStateException("UI tests need Xvfb, which did not start: install it "
                        + "(Debian/Ubuntu: apt-get install xvfb xauth)");
            }
            return line.trim();
        } catch (IOException e) {
            throw new IllegalStateException("Xvfb did not report its display", e);
        }
    }

    private static void setenv(String name, String value) {
        Linker linker = Linker.nativeLinker();
        MethodHandle setenv = linker.downcallHandle(
                linker.defaultLookup().find("setenv").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cName = arena.allocateFrom(name);
            MemorySegment cValue = arena.allocateFrom(value);
            int result = (int) setenv.invokeExact(cName, cValue, 1);
            if (result != 0) {
                throw new IllegalStateException("setenv(" + name + ") failed");
            }
        } catch (Throwable e) {
            throw new IllegalStateException("Could not point DISPLAY at Xvfb", e);
        }
    }
}
