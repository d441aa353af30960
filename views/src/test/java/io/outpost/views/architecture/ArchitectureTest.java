package io.outpost.views.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the house rules on every module's main classes (the views module sees all of them). */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        // The other modules arrive as jars on the test class path; importPackages keeps only our packages.
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Test fixtures of other modules (the devnet's, for the wallet UI tests) come as their test jars.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.outpost");
    }

    static Stream<ArchRule> rules() {
        return Stream.of(ArchitectureRules.i18nIsALeaf(), ArchitectureRules.cryptoIsALeaf(),
                ArchitectureRules.devicesStandAlone(),
                ArchitectureRules.walletStandsAlone(), ArchitectureRules.networkUsesOnlyWallet(),
                ArchitectureRules.devnetUsesOnlyNetworkAndWallet(), ArchitectureRules.appNeverUsesViews(),
                ArchitectureRules.viewsUseOnlyValueTypesBelowApp(), ArchitectureRules.javafxOnlyInViews(),
                ArchitectureRules.serialLibraryOnlyInDevices(), ArchitectureRules.web3jOnlyInChainModules(),
                ArchitectureRules.noPackageCycles(), ArchitectureRules.consoleOnlyThroughCliOutput(),
                ArchitectureRules.noMutableStaticState(), ArchitectureRules.viewModelsHoldNoNodes(),
                ArchitectureRules.tilesOnlyThroughTheFactory(), ArchitectureRules.labelsWrapOnlyAsWrappingLabels());
    }

    @Test
    void importSeesEveryModule() {
        Stream.of("i18n", "crypto", "devices", "wallet", "network", "devnet", "app", "views").forEach(module ->
                assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith("io.outpost." + module)))
                        .as("classes of %s imported", module).isTrue());
    }

    @Test
    void fxmlLabelsWrapOnlyAsWrappingLabels() throws IOException {
        List<Path> fxml;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            fxml = files.filter(p -> p.toString().endsWith(".fxml")).toList();
        }
        assertThat(fxml).isNotEmpty();
        for (Path file : fxml) {
            assertThat(Files.readString(file)).as("%s: a label that wraps is a <WrappingLabel> (ADR 0005)", file)
                    .doesNotContain("wrapText=\"true\"");
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeKeepsTheRule(ArchRule rule) {
        rule.allowEmptyShould(true).check(production);
    }
}
