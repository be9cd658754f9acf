package dev.centraldistribution.manufacturer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.centraldistribution.conventions.Conventions;

import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.centraldistribution.manufacturer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/**
	 * The conventions the distributor keeps too (module
	 * {@code architecture-conventions}), and feature packages without cycles.
	 */
	@ArchTest
	static void keepsTheConventionsOfEveryApplication(JavaClasses classes) {
		Conventions.check(classes, "dev.centraldistribution.manufacturer");
	}

	/**
	 * Stricter here than in the distributor, whose read-only query services are
	 * transactional as a whole.
	 */
	@ArchTest
	static final ArchRule noClassIsTransactionalAsAWhole = noClasses().should().beAnnotatedWith(Transactional.class);

}
