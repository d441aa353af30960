package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.doctor.CheckResult;
import io.outpost.app.doctor.DoctorReport;
import io.outpost.app.storage.AppDirectories;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code outpost doctor}: can this computer run Outpost and reach its devices? Exit 0 when all checks pass. */
@Command(name = "doctor", mixinStandardHelpOptions = true)
final class DoctorCommand implements Callable<Integer> {
    static final int EXIT_FAILED_CHECK = 1;

    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    DoctorCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        AppDirectories directories = root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        DoctorReport report;
        try (AppServices services = context.services(directories)) {
            report = services.doctor(context.messages()).run();
        }
        if (json) {
            printJson(report);
        } else {
            printText(report);
        }
        return report.allPassed() ? RootCommand.EXIT_OK : EXIT_FAILED_CHECK;
    }

    private void printText(DoctorReport report) {
        var out = context.out();
        var messages = context.messages();
        out.println(messages.get("doctor.title"));
        for (CheckResult check : report.checks()) {
            String mark = messages.get(check.ok() ? "doctor.mark.ok" : "doctor.mark.fail");
            out.println("  " + mark + "  " + check.label() + ": " + check.value());
            check.fix().ifPresent(fix -> out.println("        " + messages.get("doctor.fixPrefix", fix)));
        }
        out.println(report.allPassed() ? messages.get("doctor.summary.ok")
                : messages.get("doctor.summary.failed", report.failures()));
    }

    private void printJson(DoctorReport report) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("ok", report.allPassed());
        ArrayNode checks = root.putArray("checks");
        for (CheckResult check : report.checks()) {
            ObjectNode node = checks.addObject();
            node.put("id", check.id());
            node.put("ok", check.ok());
            node.put("label", check.label());
            node.put("value", check.value());
            check.fix().ifPresentOrElse(fix -> node.put("fix", fix), () -> node.putNull("fix"));
        }
        context.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
