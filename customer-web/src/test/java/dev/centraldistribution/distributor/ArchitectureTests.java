package dev.centraldistribution.distributor;

import java.nio.file.Path;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.centraldistribution.conventions.Conventions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distributor's module boundaries and conventions, checked on every build.
 * <p>
 * Spring Modulith's cycle check also reads the distributor's test jar, whatever import
 * option is given: test helpers shared across features therefore live in the root package
 * {@code dev.centraldistribution.distributor} (not a module), or in the feature package
 * they belong to.
 */
class ArchitectureTests {

	static final ApplicationModules modules = ApplicationModules.of(DistributorApplication.class);

	static final Path CORE_SOURCES = Path.of("../distributor/src/main/java");

	static final Path WEB_SOURCES = Path.of("src/main/java");

	static final Path MIGRATIONS = Path.of("../distributor/src/main/resources/db/migration");

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.centraldistribution");

	static boolean isTestCode(String location) {
		return location.contains("/test-classes/") || location.contains("-tests.jar");
	}

	@Test
	void featureModulesOnlyUseEachOthersPublicApiAndTheModulesTheyAllowAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void everyTableIsOwnedByExactlyOneModule() {
		assertThat(TableOwnership.of(modules).unownedTables(MIGRATIONS)).isEmpty();
	}

	@Test
	void noModuleNamesAnotherModulesTableInItsSql() {
		assertThat(TableOwnership.of(modules).foreignTableReferences(CORE_SOURCES, WEB_SOURCES)).isEmpty();
	}

	@Test
	void keepsTheConventionsOfEveryApplication() {
		Conventions.check(classes, "dev.centraldistribution.distributor");
	}

	@Test
	void theCoreDoesNotDependOnTheWebShop() {
		noClasses().that()
			.resideInAnyPackage("dev.centraldistribution.distributor.(*)..")
			.and()
			.resideOutsideOfPackage("dev.centraldistribution.distributor.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.centraldistribution.distributor.web..")
			.check(classes);
	}

	@Test
	void theContractsKnowNoFramework() {
		noClasses().that()
			.resideInAPackage("dev.centraldistribution.contracts..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "tools.jackson..", "com.fasterxml..", "jakarta..")
			.check(classes);
	}

}
