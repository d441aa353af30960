package io.outpost.installers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * Runs jlink or jpackage of the JDK that runs the build, in this process (the same on every operating system:
 * no {@code .exe} to find on Windows). A non-zero exit ends the build with the tool's own messages.
 */
final class JdkTool {
    private JdkTool() {
    }

    static void run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                tool + " is missing: the build needs a full JDK 25 (build-support/find-jdk.sh finds one)"));
        StringWriter output = new StringWriter();
        System.out.println("[installers] " + tool + " " + String.join(" ", args));
        long start = System.nanoTime();
        int exit;
        try (PrintWriter out = new PrintWriter(output, true)) {
            exit = provider.run(out, out, args.toArray(String[]::new));
        }
        System.out.print(output);
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed (exit " + exit + "); its output is above");
        }
        System.out.printf("[installers] %s took %.1f s%n", tool, (System.nanoTime() - start) / 1e9);
    }
}
