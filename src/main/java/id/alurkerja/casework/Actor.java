package id.alurkerja.casework;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.alurkerja.org.Holding;

/**
 * The signed-in person as casework sees them: who they are and which positions they hold
 * today.
 */
public record Actor(Long personId, String name, Long kabupatenId, boolean admin, List<Holding> holdings) {

	public Optional<Holding> holding(Long positionId) {
		return this.holdings.stream().filter(h -> h.position().id().equals(positionId)).findFirst();
	}

	public boolean holds(Long positionId) {
		return holding(positionId).isPresent();
	}

	/** The actor's most senior position today, for actions not tied to one position. */
	public Optional<Holding> senior() {
		return this.holdings.stream().min(Comparator.comparingInt(h -> h.position().rank()));
	}

}
