package id.alurkerja.casework;

import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class TakePolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	@Test
	void aHolderOfThePositionTakesAnUntakenTask() {
		var v = TakePolicy.mayTake(this.org.actor(DEWI), task(1L, STAF), this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(STAF);
	}

	@Test
	void aPlhTakesTheTaskOfThePositionSheStandsInFor() {
		var v = TakePolicy.mayTake(this.org.actor(SARI), task(1L, KADIS), this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(KADIS);
	}

	@Test
	void takingATaskOneHasAlreadyTakenIsAConflict() {
		Task t = task(1L, STAF);
		t.take(DEWI, NOW);
		var v = TakePolicy.mayTake(this.org.actor(DEWI), t, this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.CONFLICT);
		assertThat(v.code()).isEqualTo("casework.task.takenBy");
		assertThat(v.refusal().args()).containsExactly("Dewi");
	}

	@Test
	void aTaskAColleagueHasTakenCannotBeTaken() {
		Task t = task(1L, STAF);
		t.take(DEWI, NOW);
		var v = TakePolicy.mayTake(this.org.actor(EKO), t, this.org);
		assertThat(v.allowed()).isFalse();
		// the colleague who came second is told who was first: a conflict (409), not a
		// refusal (403)
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.CONFLICT);
		assertThat(v.code()).isEqualTo("casework.task.takenBy");
		assertThat(v.refusal().args()).containsExactly("Dewi");
	}

	@Test
	void aTaskNamingAColleagueIsRefusedNotAConflict() {
		Task t = taskNaming(1L, STAF, DEWI);
		var v = TakePolicy.mayTake(this.org.actor(EKO), t, this.org);
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.NOT_ALLOWED);
		assertThat(v.code()).isEqualTo("casework.task.assignedToOther");
	}

	@Test
	void someoneWithoutThePositionCannotTakeIt() {
		var v = TakePolicy.mayTake(this.org.actor(ANDI), task(1L, STAF), this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.task.notYours");
	}

}
