package dev.centraldistribution.distributor.web.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;

import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gives each browser test a fresh Chromium on the running shop as a {@link Shop}
 * parameter. A failing test leaves a screenshot and the page's HTML in
 * {@code target/browser-screenshots/}; a test that passed still fails when the console
 * reported a Content-Security-Policy violation.
 */
class ChromiumExtension
		implements BeforeEachCallback, AfterEachCallback, ParameterResolver, TestExecutionExceptionHandler {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static final Namespace NAMESPACE = Namespace.create(ChromiumExtension.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
		URI base = URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/");
		Chromium chromium = Chromium.start();
		store(context).put(Chromium.class, chromium);
		store(context).put(Shop.class, new Shop(chromium.driver(), base));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Shop.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return store(context).get(Shop.class, Shop.class);
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		Chromium chromium = store(context).get(Chromium.class, Chromium.class);
		if (chromium != null) {
			try {
				keepEvidence(chromium, context);
			}
			catch (RuntimeException | IOException ex) {
				failure.addSuppressed(ex);
			}
		}
		throw failure;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Chromium chromium = store(context).remove(Chromium.class, Chromium.class);
		Shop shop = store(context).remove(Shop.class, Shop.class);
		if (chromium == null) {
			return;
		}
		try {
			List<String> violations = shop.takeCspViolations();
			if (context.getExecutionException().isEmpty()) {
				assertThat(violations).as("Content-Security-Policy violations in the browser console").isEmpty();
			}
		}
		finally {
			chromium.quit();
		}
	}

	private static void keepEvidence(Chromium chromium, ExtensionContext context) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
		Path screenshot = SCREENSHOTS.resolve(name + ".png");
		Files.write(screenshot, chromium.driver().getScreenshotAs(OutputType.BYTES));
		Files.writeString(SCREENSHOTS.resolve(name + ".html"),
				"<!-- " + chromium.driver().getCurrentUrl() + " -->\n" + chromium.driver().getPageSource(),
				StandardCharsets.UTF_8);
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getStore(NAMESPACE);
	}

}
