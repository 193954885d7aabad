package edu.rnnlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules that keep the code easy to change (see ARCHITECTURE.md): the folder tree is the data
 * flow, dependencies point one way, the run contract sits at the bottom, and the report reads only the
 * archive.
 */
class PackageRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("edu.rnnlab");
    }

    @Test
    void noPackageCycles() {
        slices().matching("edu.rnnlab.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRunContractImportsNothingElseOfTheProject() {
        noClasses()
                .that()
                .resideInAPackage("edu.rnnlab.run..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "edu.rnnlab",
                        "edu.rnnlab.archive..",
                        "edu.rnnlab.bench..",
                        "edu.rnnlab.cli..",
                        "edu.rnnlab.data..",
                        "edu.rnnlab.experiment..",
                        "edu.rnnlab.io..",
                        "edu.rnnlab.metric..",
                        "edu.rnnlab.model..",
                        "edu.rnnlab.report..",
                        "edu.rnnlab.train..")
                .check(classes);
    }

    @Test
    void theReportReadsOnlyTheContractTheArchiveAndTheMetrics() {
        // besides its own packages: run, archive, metric, the atomic-file writer and the user-facing exception
        noClasses()
                .that()
                .resideInAPackage("edu.rnnlab.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "edu.rnnlab.bench..",
                        "edu.rnnlab.cli..",
                        "edu.rnnlab.data..",
                        "edu.rnnlab.experiment..",
                        "edu.rnnlab.model..",
                        "edu.rnnlab.train..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesTheCommandLineAndTheExperiments() {
        noClasses()
                .that()
                .resideOutsideOfPackages("edu.rnnlab.cli..", "edu.rnnlab.experiment..")
                .and()
                .doNotHaveFullyQualifiedName("edu.rnnlab.Main")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("edu.rnnlab.cli..", "edu.rnnlab.experiment..")
                .check(classes);
    }

    @Test
    void trainingKnowsNothingOfFilesDataOrReports() {
        noClasses()
                .that()
                .resideInAPackage("edu.rnnlab.train..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "edu.rnnlab.archive..",
                        "edu.rnnlab.cli..",
                        "edu.rnnlab.data..",
                        "edu.rnnlab.experiment..",
                        "edu.rnnlab.report..")
                .check(classes);
    }
}
