package dev.centraldistribution.distributor.web.cart;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardReturnTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/dashboard?q=drill&sort=price&size=20&page=2           | /dashboard?q=drill&sort=price&size=20&page=2
			/dashboard?q=cordless%20drill&page=3                   | /dashboard?q=cordless%20drill&page=3
			/dashboard?page=2&q=drill&evil=1&sort=name             | /dashboard?q=drill&sort=name&page=2
			/dashboard?q=%3Cscript%3E&size=5                       | /dashboard?q=%3Cscript%3E&size=5
			/dashboard?q={x}                                       | /dashboard?q=%7Bx%7D
			/dashboard?q=C%2B%2B&sort=name                         | /dashboard?q=C%2B%2B&sort=name
			""")
	void returnsToTheDashboardPageTheCustomerWasOn(String asked, String expected) {
		assertThat(DashboardReturn.to(asked)).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "https://evil.example/dashboard?q=x", "//evil.example/dashboard?q=x", "/account?q=x",
			"/dashboard", "/dashboard/../account?q=x", "/dashboard@evil.example?q=x", "/dashboard?q=%zz",
			"javascript:alert(1)" })
	void goesToTheDashboardForAnythingElse(String asked) {
		assertThat(DashboardReturn.to(asked)).isEqualTo("/dashboard");
	}

}
