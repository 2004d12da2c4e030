package org.satchel.node.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.satchel.node.cli.Satchel;
import org.satchel.vocab.architecturefixture.UpwardImport;

/**
 * The module direction vocab &lt;- credentials &lt;- {wallet, federation} &lt;- node, checked on the
 * compiled classes. The Maven enforcer already refuses an upward dependency in a POM; this
 * catches an upward import however it got onto the class path.
 */
class ModuleDirectionTest {

    // Optional layers: wallet and federation hold no classes yet, and an empty layer is no violation.
    static final ArchRule MODULE_DIRECTION = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("vocab").definedBy("org.satchel.vocab..")
            .layer("credentials").definedBy("org.satchel.credentials..")
            .layer("wallet").definedBy("org.satchel.wallet..")
            .layer("federation").definedBy("org.satchel.federation..")
            .layer("node").definedBy("org.satchel.node..")
            .whereLayer("node").mayNotBeAccessedByAnyLayer()
            .whereLayer("wallet").mayOnlyBeAccessedByLayers("node")
            .whereLayer("federation").mayOnlyBeAccessedByLayers("node")
            .whereLayer("credentials").mayOnlyBeAccessedByLayers("wallet", "federation", "node")
            .whereLayer("vocab").mayOnlyBeAccessedByLayers("credentials", "wallet", "federation", "node");

    @Test
    void noModuleImportsAModuleAboveIt() {
        // In a reactor build the lower modules arrive as jars, in an IDE as class folders: take both.
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.satchel");
        for (String module : new String[] {"vocab", "credentials", "node"}) {
            assertTrue(production.stream().anyMatch(c -> c.getPackageName().startsWith("org.satchel." + module)),
                    "no classes of " + module + " were found to check");
        }
        MODULE_DIRECTION.check(production);
    }

    @Test
    void anUpwardImportIsCaught() {
        JavaClasses withViolation = new ClassFileImporter().importClasses(UpwardImport.class, Satchel.class);
        EvaluationResult result = MODULE_DIRECTION.evaluate(withViolation);
        assertTrue(result.hasViolation(), "a vocab class using the node's launcher went unnoticed");
        assertFalse(result.getFailureReport().getDetails().stream().noneMatch(d -> d.contains("UpwardImport")),
                "the report does not name the offending class: " + result.getFailureReport());
    }
}
