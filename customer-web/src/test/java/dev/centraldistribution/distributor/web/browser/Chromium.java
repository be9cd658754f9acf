package dev.centraldistribution.distributor.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given
 * to Selenium so that Selenium Manager never looks for (or downloads) a browser or a
 * driver.
 */
final class Chromium {

	/** Debian's Chromium, or {@code -Dchromium.binary=...}. */
	static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	/**
	 * Debian's chromedriver, or {@code -Dwebdriver.chrome.driver=...} as Selenium names
	 * it.
	 */
	static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

	static final String MISSING = "Browser tests need " + BINARY + " and " + DRIVER
			+ ": apt-get install -y chromium chromium-driver";

	private final ChromeDriver driver;

	private final Path profile;

	private Chromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts a browser with a fresh profile; fails (never skips) when Chromium is
	 * missing.
	 */
	static Chromium start() {
		if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
			fail(MISSING);
		}
		Path profile = temporaryProfile();
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		try {
			return new Chromium(new ChromeDriver(service, options(profile)), profile);
		}
		catch (RuntimeException ex) {
			FileSystemUtils.deleteRecursively(profile.toFile());
			throw ex;
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	void quit() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	private static ChromeOptions options(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		// These run as root on a machine without a GPU and must not reach any host but
		// the shop.
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1024",
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--user-data-dir=" + profile);
		// The console is read after each test for Content-Security-Policy violations.
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		return options;
	}

	private static Path temporaryProfile() {
		try {
			return Files.createTempDirectory("browser-tests-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
