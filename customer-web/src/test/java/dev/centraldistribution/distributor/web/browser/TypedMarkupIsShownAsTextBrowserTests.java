package dev.centraldistribution.distributor.web.browser;

import dev.centraldistribution.distributor.customers.CustomerFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class TypedMarkupIsShownAsTextBrowserTests {

	static final String NAME = "<b>Bold</b><img src=x onerror=\"document.title='owned'\">";

	static final String SEARCH = "<script>document.title='owned'</script><i>tools</i>";

	@Test
	void markupTypedIntoFormsComesBackAsTheSameTextAndNeverAsElements(Shop shop) {
		DashboardPage dashboard = shop.signUp()
			.openAccount(NAME, CustomerFixtures.uniqueEmail(), "a long enough password");
		assertThat(dashboard.notices()).containsExactly("Welcome, " + NAME + "! Your account is ready.");

		dashboard = dashboard.search(SEARCH);
		assertThat(dashboard.searchText()).isEqualTo(SEARCH);

		dashboard.signOut();
		SignUpPage refused = shop.signUp().openAccountRefused(NAME, "<i>not</i>@an address", "short");
		assertThat(refused.problemWith("email")).isNotEmpty();
		assertThat(shop.find(By.id("name")).getDomProperty("value")).isEqualTo(NAME);
		assertThat(shop.findAll(By.cssSelector("main b, main img, main i, main script"))).isEmpty();
		assertThat(shop.browser().getTitle()).doesNotContain("owned");
	}

}
