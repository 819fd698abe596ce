package id.alurkerja.casework;

import java.util.List;
import java.util.Optional;

import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.StepKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingPolicyTests {

	private static Step step(String no, StepKind kind, String next, String ya, String tidak) {
		return new Step(no, kind, null, "lane", "Kegiatan " + no, List.of(), null, null, List.of(), next, ya, tidak,
				null, null, List.of(), null);
	}

	// 1 start, 2 telaah, 3 decision (Ya 4, Tidak 2), 4 process jumping to 6, 5 skipped,
	// 6 end, 7 a row after the end
	private final SopContent content = new SopContent(null, List.of(),
			List.of(step("1", StepKind.START, null, null, null), step("2", StepKind.PROCESS, null, null, null),
					step("3", StepKind.DECISION, null, "4", "2"), step("4", StepKind.PROCESS, "6", null, null),
					step("5", StepKind.PROCESS, null, null, null), step("6", StepKind.END, null, null, null),
					step("7", StepKind.PROCESS, null, null, null)),
			List.of(), List.of(), null, List.of(), List.of());

	private Step at(String no) {
		return this.content.step(no).orElseThrow();
	}

	private static String no(Optional<Step> step) {
		return step.map(Step::no).orElse(null);
	}

	@Test
	void aDecisionStepNeedsYaOrTidak() {
		var done = RoutingPolicy.outcomeFor(at("3"), Outcome.DONE);
		assertThat(done.allowed()).isFalse();
		assertThat(done.code()).isEqualTo("casework.complete.decisionNeeded");
		assertThat(done.refusal().field()).isEqualTo("outcome");
		assertThat(RoutingPolicy.outcomeFor(at("3"), null).code()).isEqualTo("casework.complete.decisionNeeded");
		assertThat(RoutingPolicy.outcomeFor(at("3"), Outcome.YA).orThrow()).isEqualTo(Outcome.YA);
		assertThat(RoutingPolicy.outcomeFor(at("3"), Outcome.TIDAK).orThrow()).isEqualTo(Outcome.TIDAK);
	}

	@Test
	void anyOtherStepIsSimplyDone() {
		assertThat(RoutingPolicy.outcomeFor(at("2"), Outcome.YA).orThrow()).isEqualTo(Outcome.DONE);
		assertThat(RoutingPolicy.outcomeFor(at("2"), null).orThrow()).isEqualTo(Outcome.DONE);
		assertThat(RoutingPolicy.outcomeFor(at("6"), Outcome.TIDAK).orThrow()).isEqualTo(Outcome.DONE);
	}

	@Test
	void yaOnADecisionStepGoesToTheTemplatesYaTarget() {
		assertThat(no(RoutingPolicy.next(this.content, at("3"), Outcome.YA))).isEqualTo("4");
	}

	@Test
	void tidakOnADecisionStepReturnsTheCaseToTheTemplatesTidakTarget() {
		assertThat(no(RoutingPolicy.next(this.content, at("3"), Outcome.TIDAK))).isEqualTo("2");
	}

	@Test
	void aDoneStepGoesToTheNextRowOfTheTemplate() {
		assertThat(no(RoutingPolicy.next(this.content, at("1"), Outcome.DONE))).isEqualTo("2");
		assertThat(no(RoutingPolicy.next(this.content, at("2"), Outcome.DONE))).isEqualTo("3");
	}

	@Test
	void aStepThatNamesItsNextGoesThereRatherThanToTheFollowingRow() {
		assertThat(no(RoutingPolicy.next(this.content, at("4"), Outcome.DONE))).isEqualTo("6");
	}

	@Test
	void theCaseEndsAfterAnEndStep() {
		assertThat(RoutingPolicy.next(this.content, at("6"), Outcome.DONE)).isEmpty();
	}

	@Test
	void theCaseEndsAfterTheLastRow() {
		assertThat(RoutingPolicy.next(this.content, at("7"), Outcome.DONE)).isEmpty();
	}

}
