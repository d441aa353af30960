package io.outpost.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** The one place that writes to the console: the CLI's standard output and error, in the console's charset. */
public final class ConsoleOutput {
    private ConsoleOutput() {
    }

    public static PrintWriter stdout() {
        return writer(System.out);
    }

    public static PrintWriter stderr() {
        return writer(System.err);
    }

    private static PrintWriter writer(PrintStream stream) {
        Charset charset = stream.charset();
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
