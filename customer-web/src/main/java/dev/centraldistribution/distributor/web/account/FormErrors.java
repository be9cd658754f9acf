package dev.centraldistribution.distributor.web.account;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.centraldistribution.distributor.customers.FieldProblem;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts the problems the core found into a form's binding result, so that each shows next
 * to its input. Values of secret fields are never kept, so they cannot be shown again.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void add(BindingResult result, List<FieldProblem> problems, Function<String, Object> typedValue,
			Set<String> secretFields) {
		problems.forEach((problem) -> add(result, problem.field(),
				secretFields.contains(problem.field()) ? null : typedValue.apply(problem.field()), problem.message()));
	}

	static void add(BindingResult result, String field, Object typedValue, String message) {
		result.addError(new FieldError(result.getObjectName(), field, typedValue, false, null, null, message));
	}

}
