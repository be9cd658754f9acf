package dev.centraldistribution.distributor.customers;

import java.io.Serial;
import java.util.List;

/**
 * Thrown when account details break a rule: each problem names its field so that a form
 * can show it next to the input.
 */
public class AccountDetailsRejectedException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final List<FieldProblem> problems;

	public AccountDetailsRejectedException(List<FieldProblem> problems) {
		super("Account details rejected: "
				+ String.join(", ", problems.stream().map(FieldProblem::field).distinct().toList()));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
