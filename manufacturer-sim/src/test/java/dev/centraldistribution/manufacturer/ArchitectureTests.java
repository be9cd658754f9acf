package dev.centraldistribution.manufacturer;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "dev.centraldistribution.manufacturer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesHaveNoCycles = slices().matching("dev.centraldistribution.manufacturer.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.or()
		.areAnnotatedWith(Controller.class)
		.should()
		.bePackagePrivate();

	@ArchTest
	static final ArchRule repositoriesArePackagePrivate = classes().that()
		.areAnnotatedWith(Repository.class)
		.or()
		.haveSimpleNameEndingWith("Repository")
		.should()
		.bePackagePrivate()
		.andShould()
		.beAnnotatedWith(Repository.class);

	@ArchTest
	static final ArchRule transactionsAreOnUseCasesOnly = methods().that()
		.areAnnotatedWith(Transactional.class)
		.should()
		.beDeclaredInClassesThat()
		.areAnnotatedWith(Service.class);

	@ArchTest
	static final ArchRule noClassIsTransactionalAsAWhole = noClasses().should().beAnnotatedWith(Transactional.class);

	@ArchTest
	static final ArchRule settingsAreImmutableRecords = classes().that()
		.areAnnotatedWith(ConfigurationProperties.class)
		.should()
		.beRecords();

	@ArchTest
	static final ArchRule noValueOnFields = noFields().should().beAnnotatedWith(Value.class);

	@ArchTest
	static final ArchRule noValueOnParameters = codeUnits().should(notHaveParametersAnnotatedWithValue());

	@ArchTest
	static final ArchRule noValueAnywhere = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName(Value.class.getName());

	private static ArchCondition<JavaCodeUnit> notHaveParametersAnnotatedWithValue() {
		return new ArchCondition<>("not have parameters annotated with @Value") {

			@Override
			public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
				codeUnit.getParameters()
					.stream()
					.filter((parameter) -> parameter.isAnnotatedWith(Value.class))
					.forEach((parameter) -> events.add(SimpleConditionEvent.violated(codeUnit,
							codeUnit.getFullName() + " has @Value on " + parameter)));
			}

		};
	}

}
