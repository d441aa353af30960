package io.outpost.views.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.outpost.devices.archfixture.DeviceCodeThatOpensADialog;
import io.outpost.views.archfixture.ViewThatUsesAnAdapter;
import io.outpost.views.archfixture.ViewThatWrapsAPlainLabel;
import io.outpost.views.common.WrappingLabel;
import org.junit.jupiter.api.Test;

/** Each rule can fail: run against small classes that break it on purpose (test sources only, never shipped). */
class ArchitectureRulesCatchViolationsTest {
    private static boolean violated(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported).hasViolation();
    }

    @Test
    void deviceCodeImportingJavafxIsCaught() {
        assertThat(violated(ArchitectureRules.javafxOnlyInViews(), DeviceCodeThatOpensADialog.class)).isTrue();
    }

    @Test
    void deviceCodeWritingToTheConsoleIsCaught() {
        assertThat(violated(ArchitectureRules.consoleOnlyThroughCliOutput(), DeviceCodeThatOpensADialog.class)).isTrue();
    }

    @Test
    void deviceCodeReachingUpIntoAppIsCaught() {
        assertThat(violated(ArchitectureRules.devicesStandAlone(), DeviceCodeThatOpensADialog.class)).isTrue();
    }

    @Test
    void staticMutableStateIsCaught() {
        assertThat(violated(ArchitectureRules.noMutableStaticState(), DeviceCodeThatOpensADialog.class)).isTrue();
    }

    @Test
    void viewUsingAnAdapterBelowAppIsCaught() {
        assertThat(violated(ArchitectureRules.viewsUseOnlyValueTypesBelowApp(), ViewThatUsesAnAdapter.class)).isTrue();
    }

    @Test
    void plainLabelThatWrapsIsCaught() {
        assertThat(violated(ArchitectureRules.labelsWrapOnlyAsWrappingLabels(), ViewThatWrapsAPlainLabel.class)).isTrue();
    }

    @Test
    void wrappingLabelAndATextAreaThatWrapsPass() throws Exception {
        Class<?> setupViewWithItsTextArea = Class.forName("io.outpost.views.wallet.SetupView");
        assertThat(violated(ArchitectureRules.labelsWrapOnlyAsWrappingLabels(), WrappingLabel.class, setupViewWithItsTextArea))
                .isFalse();
    }

    @Test
    void viewUsingOnlyValueTypesPasses() {
        assertThat(violated(ArchitectureRules.viewsUseOnlyValueTypesBelowApp(),
                io.outpost.views.shell.ShellViewModel.class, io.outpost.views.shell.PortsStatus.class)).isFalse();
    }
}
