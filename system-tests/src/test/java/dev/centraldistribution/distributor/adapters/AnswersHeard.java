package dev.centraldistribution.distributor.adapters;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every answer an adapter handed on to the confirmations, on whatever thread. */
@Component
class AnswersHeard {

	private final List<ManufacturerAnswered> answers = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ManufacturerAnswered answer) {
		this.answers.add(answer);
	}

	List<ManufacturerAnswered> all() {
		return List.copyOf(this.answers);
	}

}
