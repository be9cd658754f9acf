package dev.centraldistribution.distributor.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the problems of one request, field by field, and refuses the request at the
 * end if there were any, so that a form shows every problem at once.
 */
final class FieldProblems {

	private final List<FieldProblem> problems = new ArrayList<>();

	FieldProblems check(String field, Optional<String> problem) {
		problem.ifPresent((message) -> add(field, message));
		return this;
	}

	FieldProblems add(String field, String message) {
		return add(new FieldProblem(field, message));
	}

	FieldProblems add(FieldProblem problem) {
		this.problems.add(problem);
		return this;
	}

	boolean has(String field) {
		return this.problems.stream().anyMatch((problem) -> problem.field().equals(field));
	}

	List<FieldProblem> list() {
		return List.copyOf(this.problems);
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new AccountDetailsRejectedException(this.problems);
		}
	}

	static AccountDetailsRejectedException rejected(String field, String message) {
		return new AccountDetailsRejectedException(List.of(new FieldProblem(field, message)));
	}

}
