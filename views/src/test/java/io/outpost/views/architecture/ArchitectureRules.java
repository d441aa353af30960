package io.outpost.views.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import javafx.scene.control.Labeled;

/** The house rules (DEVELOPERS.md, docs/decisions/0001), as ArchUnit rules over the main classes of every module. */
final class ArchitectureRules {
    static final String VIEWS = "io.outpost.views..";
    static final String APP = "io.outpost.app..";
    static final String DEVNET = "io.outpost.devnet..";
    static final String NETWORK = "io.outpost.network..";
    static final String WALLET = "io.outpost.wallet..";
    static final String DEVICES = "io.outpost.devices..";
    static final String I18N = "io.outpost.i18n..";
    static final String CRYPTO = "io.outpost.crypto..";
    static final String CONSOLE_OUTPUT = "io.outpost.app.cli.ConsoleOutput";
    static final String GENERATED_WRAPPERS = "io.outpost.devnet.contracts..";

    private ArchitectureRules() {
    }

    static final String TILE_FACTORY = "io.outpost.views.dashboard.Tiles";
    static final String WRAPPING_LABEL = "io.outpost.views.common.WrappingLabel";

    static ArchRule i18nIsALeaf() {
        return onlyOutpostDependencies(I18N, I18N);
    }

    static ArchRule cryptoIsALeaf() {
        return onlyOutpostDependencies(CRYPTO, CRYPTO);
    }

    static ArchRule devicesStandAlone() {
        return onlyOutpostDependencies(DEVICES, DEVICES, CRYPTO);
    }

    static ArchRule walletStandsAlone() {
        return onlyOutpostDependencies(WALLET, WALLET, CRYPTO);
    }

    static ArchRule networkUsesOnlyWallet() {
        return onlyOutpostDependencies(NETWORK, NETWORK, WALLET, CRYPTO);
    }

    static ArchRule devnetUsesOnlyNetworkAndWallet() {
        return onlyOutpostDependencies(DEVNET, DEVNET, NETWORK, WALLET, CRYPTO);
    }

    static ArchRule appNeverUsesViews() {
        return onlyOutpostDependencies(APP, APP, DEVNET, NETWORK, WALLET, DEVICES, CRYPTO, I18N);
    }

    /** Views talk to app; of the modules below it they may use plain value types only (records, enums). */
    static ArchRule viewsUseOnlyValueTypesBelowApp() {
        return noClasses().that().resideInAPackage(VIEWS)
                .should().dependOnClassesThat(resideInAnyPackage(DEVNET, NETWORK, WALLET, DEVICES).and(not(valueType())))
                .because("views reach devices, wallet and network through app's use cases, never their adapters");
    }

    static ArchRule javafxOnlyInViews() {
        return noClasses().that().resideOutsideOfPackage(VIEWS).and().resideInAPackage("io.outpost..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "atlantafx..", "org.controlsfx..", "eu.hansolo..")
                .because("only views may use JavaFX; everything else runs headless");
    }

    static ArchRule serialLibraryOnlyInDevices() {
        return noClasses().that().resideOutsideOfPackage(DEVICES).and().resideInAPackage("io.outpost..")
                .should().dependOnClassesThat().resideInAPackage("com.fazecast..");
    }

    static ArchRule web3jOnlyInChainModules() {
        return noClasses().that().resideOutsideOfPackages(WALLET, NETWORK, DEVNET).and().resideInAPackage("io.outpost..")
                .should().dependOnClassesThat().resideInAPackage("org.web3j..");
    }

    static ArchRule noPackageCycles() {
        return slices().matching("io.outpost.(**)").should().beFreeOfCycles();
    }

    static ArchRule consoleOnlyThroughCliOutput() {
        return noClasses().that().doNotHaveFullyQualifiedName(CONSOLE_OUTPUT).and().resideInAPackage("io.outpost..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("logging goes through SLF4J; only the CLI's output code writes to the console");
    }

    static ArchRule noMutableStaticState() {
        // The contract wrappers are web3j's generated code (a static field for linked libraries, never set here).
        return classes().that().resideInAPackage("io.outpost..").and().resideOutsideOfPackage(GENERATED_WRAPPERS)
                .should(haveNoMutableStaticFields())
                .because("no static singletons or global event bus: services are passed through constructors");
    }

    static ArchRule tilesOnlyThroughTheFactory() {
        return noClasses().that().resideInAPackage("io.outpost..").and().doNotHaveFullyQualifiedName(TILE_FACTORY)
                .should().dependOnClassesThat().resideInAPackage("eu.hansolo..")
                .because("tiles are made by one factory; views pass it texts, view models never see a tile");
    }

    static ArchRule labelsWrapOnlyAsWrappingLabels() {
        return noClasses().that().resideInAPackage("io.outpost..").and().doNotHaveFullyQualifiedName(WRAPPING_LABEL)
                .should().callMethodWhere(DescribedPredicate.describe("Labeled.setWrapText", call ->
                        call.getName().equals("setWrapText") && call.getTargetOwner().isAssignableTo(Labeled.class)))
                .because("JavaFX 25 and 26 throw when they wrap right-to-left text themselves (ADR 0005): "
                        + "a label that wraps is a WrappingLabel");
    }

    static ArchRule viewModelsHoldNoNodes() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .because("ViewModels are tested without a toolkit");
    }

    private static ArchRule onlyOutpostDependencies(String module, String... allowed) {
        return noClasses().that().resideInAPackage(module)
                .should().dependOnClassesThat(resideInAPackage("io.outpost..").and(not(resideInAnyPackage(allowed))))
                .because("modules depend downwards only: views → app → {devnet → network → wallet, devices}; i18n and crypto are leaves");
    }

    private static DescribedPredicate<JavaClass> valueType() {
        return DescribedPredicate.describe("a record or enum",
                c -> c.isRecord() || c.isEnum() || (c.getEnclosingClass().isPresent()
                        && (c.getEnclosingClass().get().isRecord() || c.getEnclosingClass().get().isEnum())));
    }

    private static ArchCondition<JavaClass> haveNoMutableStaticFields() {
        return new ArchCondition<>("have no mutable static fields") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getFields().stream()
                        .filter(f -> f.getModifiers().contains(JavaModifier.STATIC))
                        .filter(f -> !f.getModifiers().contains(JavaModifier.FINAL))
                        .filter(f -> !f.getModifiers().contains(JavaModifier.SYNTHETIC))
                        .forEach(f -> events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is static and not final")));
            }
        };
    }
}
