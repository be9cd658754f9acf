package dev.centraldistribution.distributor.books;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result of the latest books check, whichever instance ran it.
 */
@Service
@Transactional(readOnly = true)
public class LastBooksCheck {

	private final BooksResults results;

	LastBooksCheck(BooksResults results) {
		this.results = results;
	}

	/**
	 * The latest result.
	 * @return it, empty before the first check
	 */
	public Optional<BooksResult> result() {
		return this.results.last();
	}

}
