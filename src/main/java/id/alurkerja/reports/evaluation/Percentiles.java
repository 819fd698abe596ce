package id.alurkerja.reports.evaluation;

import java.util.Map;
import java.util.TreeMap;

/**
 * Percentiles of values given with how often each occurs, interpolated as PostgreSQL's
 * {@code percentile_cont} (and PERCENTILE.INC) does: the value at position
 * {@code p * (n - 1)} of the sorted values, between its two neighbours. Lets the database
 * return a histogram (a hashed count per value) instead of sorting every value.
 */
final class Percentiles {

	private final TreeMap<Double, Long> counts = new TreeMap<>();

	private long total;

	void add(double value, long count) {
		this.counts.merge(value, count, Long::sum);
		this.total += count;
	}

	long total() {
		return this.total;
	}

	/** The {@code p} percentile (0 to 1); null without values. */
	Double at(double p) {
		if (this.total == 0) {
			return null;
		}
		// the same arithmetic as percentile_cont (orderedsetaggs.c)
		double position = p * (this.total - 1);
		long first = (long) Math.floor(position);
		long second = (long) Math.ceil(position);
		double low = valueAt(first);
		if (first == second) {
			return low;
		}
		double high = valueAt(second);
		return low + (high - low) * (position - first);
	}

	/** The value at a 0-based position of the sorted values. */
	private double valueAt(long index) {
		long seen = 0;
		for (Map.Entry<Double, Long> entry : this.counts.entrySet()) {
			seen += entry.getValue();
			if (index < seen) {
				return entry.getKey();
			}
		}
		return this.counts.lastKey();
	}

}
