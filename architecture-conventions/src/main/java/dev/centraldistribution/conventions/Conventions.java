package dev.centraldistribution.conventions;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
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

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The conventions every application of this repository keeps (STYLE.md), checked by each
 * one's {@code ArchitectureTests}: the distributor's and the manufacturer simulator's.
 */
public final class Conventions {

	/** Web entry points and table access are details of their feature package. */
	public static final ArchRule CONTROLLERS_AND_REPOSITORIES_ARE_PACKAGE_PRIVATE = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.or()
		.areAnnotatedWith(Repository.class)
		.should()
		.bePackagePrivate();

	/** A class named like a repository is one, so that the rule above sees it. */
	public static final ArchRule REPOSITORIES_ARE_ANNOTATED = classes().that()
		.haveSimpleNameEndingWith("Repository")
		.and()
		.areNotInterfaces()
		.should()
		.beAnnotatedWith(Repository.class);

	/** Settings are typed, immutable records bound once, never read value by value. */
	public static final ArchRule SETTINGS_ARE_RECORDS = classes().that()
		.areAnnotatedWith(ConfigurationProperties.class)
		.should()
		.beRecords();

	public static final ArchRule NO_VALUE_ON_FIELDS = noFields().should().beAnnotatedWith(Value.class);

	public static final ArchRule NO_VALUE_ON_PARAMETERS = codeUnits().should(notHaveParametersAnnotatedWithValue());

	public static final ArchRule NO_VALUE_ANYWHERE = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName(Value.class.getName());

	/** Transactions belong to use cases: services, not controllers nor repositories. */
	public static final ArchRule TRANSACTIONS_ARE_ON_SERVICES = methods().that()
		.areAnnotatedWith(Transactional.class)
		.should()
		.beDeclaredInClassesThat()
		.areAnnotatedWith(Service.class);

	public static final ArchRule TRANSACTIONAL_CLASSES_ARE_SERVICES = classes().that()
		.areAnnotatedWith(Transactional.class)
		.should()
		.beAnnotatedWith(Service.class)
		// An application may have none (the manufacturer simulator forbids them).
		.allowEmptyShould(true);

	/** Every rule above. */
	public static final List<ArchRule> ALL = List.of(CONTROLLERS_AND_REPOSITORIES_ARE_PACKAGE_PRIVATE,
			REPOSITORIES_ARE_ANNOTATED, SETTINGS_ARE_RECORDS, NO_VALUE_ON_FIELDS, NO_VALUE_ON_PARAMETERS,
			NO_VALUE_ANYWHERE, TRANSACTIONS_ARE_ON_SERVICES, TRANSACTIONAL_CLASSES_ARE_SERVICES);

	private Conventions() {
	}

	/**
	 * The feature packages right under an application's root package depend on each other
	 * without cycles.
	 * @param rootPackage e.g. {@code dev.centraldistribution.manufacturer}
	 * @return the rule
	 */
	public static ArchRule featurePackagesHaveNoCycles(String rootPackage) {
		return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
	}

	/**
	 * Checks every rule of {@link #ALL} and the feature packages' cycles on the classes
	 * under the root package, reporting every violation of every rule at once.
	 * @param classes the application's classes, tests left out
	 * @param rootPackage its root package
	 */
	public static void check(JavaClasses classes, String rootPackage) {
		JavaClasses application = classes.that(resideInAPackage(rootPackage + ".."));
		StringBuilder violations = new StringBuilder();
		for (ArchRule rule : ALL) {
			collect(rule, application, violations);
		}
		collect(featurePackagesHaveNoCycles(rootPackage), application, violations);
		if (!violations.isEmpty()) {
			throw new AssertionError(violations.toString());
		}
	}

	private static void collect(ArchRule rule, JavaClasses classes, StringBuilder violations) {
		try {
			rule.check(classes);
		}
		catch (AssertionError ex) {
			violations.append(ex.getMessage()).append(System.lineSeparator());
		}
	}

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
