package id.alurkerja.reports.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Percentiles from counted values interpolate as percentile_cont / PERCENTILE.INC. */
class PercentilesTests {

	@Test
	void interpolatesBetweenNeighbours() {
		Percentiles p = new Percentiles();
		// 1, 2, 2, 3, 10 given out of order and partly merged
		p.add(10, 1);
		p.add(2, 1);
		p.add(1, 1);
		p.add(3, 1);
		p.add(2, 1);
		assertThat(p.total()).isEqualTo(5);
		assertThat(p.at(0.5)).isEqualTo(2.0);
		// position 0.9 * 4 = 3.6: between 3 and 10
		assertThat(p.at(0.9)).isEqualTo(3 + (10 - 3) * (0.9 * 4 - 3));
		assertThat(p.at(0.0)).isEqualTo(1.0);
		assertThat(p.at(1.0)).isEqualTo(10.0);
	}

	@Test
	void evenCountsTakeTheMeanOfTheMiddleTwo() {
		Percentiles p = new Percentiles();
		p.add(180, 2);
		p.add(240, 2);
		assertThat(p.at(0.5)).isEqualTo(210.0);
		assertThat(p.at(0.9)).isEqualTo(240.0);
	}

	@Test
	void emptyHasNoPercentile() {
		assertThat(new Percentiles().at(0.5)).isNull();
	}

	@Test
	void oneValue() {
		Percentiles p = new Percentiles();
		p.add(42.5, 1);
		assertThat(p.at(0.9)).isEqualTo(42.5);
	}

}
