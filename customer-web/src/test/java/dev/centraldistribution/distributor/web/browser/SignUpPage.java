package dev.centraldistribution.distributor.web.browser;

import org.openqa.selenium.By;

/** Opening an account: {@code /signup}. */
final class SignUpPage extends ShopPage {

	SignUpPage(Shop shop) {
		super(shop, "Open an account");
	}

	DashboardPage openAccount(String name, String email, String password) {
		fillIn(name, email, password);
		return new DashboardPage(this.shop);
	}

	SignUpPage openAccountRefused(String name, String email, String password) {
		fillIn(name, email, password);
		return new SignUpPage(this.shop);
	}

	/** The message under a field, such as "Enter your name.", or empty. */
	String problemWith(String field) {
		return String.join(" ", texts(By.id(field + "-problem")));
	}

	private void fillIn(String name, String email, String password) {
		this.shop.find(By.id("name")).sendKeys(name);
		this.shop.find(By.id("email")).sendKeys(email);
		this.shop.find(By.id("password")).sendKeys(password);
		this.shop.find(By.id("passwordConfirmation")).sendKeys(password);
		this.shop.clickToLoad(this.shop.find(By.xpath("//main//button[normalize-space()='Open my account']")));
	}

}
