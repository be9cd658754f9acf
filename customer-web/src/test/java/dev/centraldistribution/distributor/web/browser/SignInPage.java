package dev.centraldistribution.distributor.web.browser;

import java.util.function.Function;

import org.openqa.selenium.By;

/** Signing in: {@code /login}, also where signing out lands. */
final class SignInPage extends ShopPage {

	SignInPage(Shop shop) {
		super(shop, "Sign in");
	}

	DashboardPage signIn(String email, String password) {
		return signIn(email, password, DashboardPage::new);
	}

	/** Signs in where the shop sends the customer back to the page they asked for. */
	<P extends ShopPage> P signIn(String email, String password, Function<Shop, P> landing) {
		fillIn(email, password);
		return landing.apply(this.shop);
	}

	SignInPage signInRefused(String email, String password) {
		fillIn(email, password);
		return new SignInPage(this.shop);
	}

	/** "Open an account" instead, keeping what the visitor was doing. */
	SignUpPage openAnAccount() {
		this.shop.clickToLoad(this.shop.find(By.id("open-an-account")));
		return new SignUpPage(this.shop);
	}

	/** The e-mail address the form holds. */
	String email() {
		return this.shop.find(By.id("username")).getDomProperty("value");
	}

	private void fillIn(String email, String password) {
		this.shop.find(By.id("username")).clear();
		this.shop.find(By.id("username")).sendKeys(email);
		this.shop.find(By.id("password")).sendKeys(password);
		this.shop.clickToLoad(this.shop.find(By.xpath("//main//button[normalize-space()='Sign in']")));
	}

}
