package dev.centraldistribution.distributor.customers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough, not too long to hash, and not one that
 * attackers try first. No composition rules: a long phrase beats a short jumble.
 */
@Component
public class PasswordPolicy {

	/** The shortest password accepted. */
	public static final int MIN_LENGTH = 8;

	/** The longest password accepted, in characters. */
	public static final int MAX_LENGTH = 64;

	/** BCrypt reads at most 72 bytes; Spring Security refuses to hash anything longer. */
	static final int MAX_BYTES = 72;

	static final String COMMON_PASSWORDS = "customers/common-passwords.txt";

	private static final Pattern COMMON_ENDING = Pattern.compile("[\\p{N}\\p{P}\\p{S}]{1,4}$");

	private final Set<String> commonPasswords;

	public PasswordPolicy() {
		this.commonPasswords = load(COMMON_PASSWORDS);
	}

	/**
	 * What is wrong with a password, if anything.
	 * @param password the password as typed
	 * @param email the account's e-mail address, which the password must not repeat
	 * @return a message a customer may read (it never repeats the password), or empty
	 * when the password is acceptable
	 */
	public Optional<String> problemWith(String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.of("Enter a password.");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters.");
		}
		if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters (fewer if you use accents or symbols).");
		}
		if (isCommon(password) || isOneCharacterRepeated(password) || repeatsEmail(password, email)) {
			return Optional.of("This password is too easy to guess. Try a few unrelated words.");
		}
		return Optional.empty();
	}

	private boolean isCommon(String password) {
		String lowerCase = password.toLowerCase(Locale.ROOT);
		return this.commonPasswords.contains(lowerCase)
				|| this.commonPasswords.contains(COMMON_ENDING.matcher(lowerCase).replaceFirst(""));
	}

	private static boolean isOneCharacterRepeated(String password) {
		return password.codePoints().distinct().count() == 1;
	}

	private static boolean repeatsEmail(String password, String email) {
		String key = EmailAddress.keyOf(email);
		if (key.isEmpty()) {
			return false;
		}
		String lowerCase = password.toLowerCase(Locale.ROOT);
		int at = key.lastIndexOf('@');
		return lowerCase.equals(key) || (at > 0 && lowerCase.equals(key.substring(0, at)));
	}

	private static Set<String> load(String resource) {
		InputStream stream = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("Missing " + resource + " on the class path");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
