package id.alurkerja.casework;

import java.util.List;
import java.util.function.Supplier;

import id.alurkerja.org.AssignmentKind;
import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class TaskActorPolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	private static final Supplier<List<Delegation>> NO_DELEGATIONS_ASKED = () -> {
		throw new AssertionError("the owner's actions read no delegations");
	};

	@Test
	void aDefinitiveHolderOfTheTasksPositionOwnsIt() {
		Verdict<?> v = TaskActorPolicy.owner(this.org.actor(BUDI), task(1L, KADIS), this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(TaskActorPolicy.owner(this.org.actor(BUDI), task(1L, KADIS), this.org).orThrow().position().id())
			.isEqualTo(KADIS);
	}

	@Test
	void aPlhOwnsTheTaskInTheActingPosition() {
		var v = TaskActorPolicy.owner(this.org.actor(SARI), task(1L, KADIS), this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(KADIS);
		assertThat(v.orThrow().kind()).isEqualTo(AssignmentKind.PLH);
	}

	@Test
	void aPltOwnsTheTaskOfThePositionHeActsIn() {
		var v = TaskActorPolicy.owner(this.org.actor(TONO), task(1L, KABID), this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().kind()).isEqualTo(AssignmentKind.PLT);
	}

	@Test
	void someoneWhoDoesNotHoldThePositionIsNotTheOwner() {
		var v = TaskActorPolicy.owner(this.org.actor(DEWI), task(1L, KADIS), this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.task.notYours");
		assertThat(TaskActorPolicy.owner(this.org.actor(RINA), task(1L, KADIS), this.org).code())
			.isEqualTo("casework.task.notYours");
	}

	@Test
	void onlyTheNamedPersonActsOnATaskThatNamesOne() {
		Task named = taskNaming(1L, STAF, DEWI);
		assertThat(TaskActorPolicy.owner(this.org.actor(DEWI), named, this.org).allowed()).isTrue();
		var colleague = TaskActorPolicy.owner(this.org.actor(EKO), named, this.org);
		assertThat(colleague.allowed()).isFalse();
		assertThat(colleague.code()).isEqualTo("casework.task.assignedToOther");
		assertThat(colleague.refusal().args()).containsExactly("Dewi");
	}

	@Test
	void aTaskNamingNobodyIsOwnedByEveryHolderOfItsPosition() {
		Task t = task(1L, STAF);
		assertThat(TaskActorPolicy.owner(this.org.actor(DEWI), t, this.org).allowed()).isTrue();
		assertThat(TaskActorPolicy.owner(this.org.actor(EKO), t, this.org).allowed()).isTrue();
	}

	@Test
	void theReceiverOfAnOpenDelegationWorksOnTheStepButDoesNotOwnIt() {
		Task t = task(1L, KADIS);
		List<Delegation> ds = List.of(delegation(10L, 1L, null, KADIS, KABID, null));
		assertThat(TaskActorPolicy.owner(this.org.actor(SARI), task(1L, KABID), this.org).allowed()).isTrue();
		var worker = TaskActorPolicy.worker(this.org.actor(TONO), t, () -> ds, this.org);
		assertThat(worker.allowed()).isTrue();
		assertThat(worker.orThrow().position().id()).isEqualTo(KABID);
		assertThat(TaskActorPolicy.owner(this.org.actor(TONO), t, this.org).code()).isEqualTo("casework.task.notYours");
	}

	@Test
	void aReportedDelegationNoLongerMakesItsReceiverAWorker() {
		Task t = task(1L, KADIS);
		List<Delegation> ds = List.of(reported(delegation(10L, 1L, null, KADIS, KABID, null)));
		var worker = TaskActorPolicy.worker(this.org.actor(TONO), t, () -> ds, this.org);
		assertThat(worker.allowed()).isFalse();
		assertThat(worker.code()).isEqualTo("casework.task.notYours");
	}

	@Test
	void aDelegationNamingOnePersonDoesNotMakeAColleagueAWorker() {
		Task t = task(1L, KASI);
		List<Delegation> ds = List.of(delegation(10L, 1L, null, KASI, STAF, DEWI));
		assertThat(TaskActorPolicy.worker(this.org.actor(DEWI), t, () -> ds, this.org).allowed()).isTrue();
		assertThat(TaskActorPolicy.worker(this.org.actor(EKO), t, () -> ds, this.org).allowed()).isFalse();
		assertThat(TaskActorPolicy.received(this.org.actor(EKO), ds)).isEmpty();
	}

	@Test
	void theLatestOpenDelegationReceivedIsTheOneActedOn() {
		Delegation first = delegation(10L, 1L, null, KASI, STAF, null);
		Delegation second = delegation(11L, 1L, null, KASI, STAF, DEWI);
		assertThat(TaskActorPolicy.received(this.org.actor(DEWI), List.of(first, second))).contains(second);
		assertThat(TaskActorPolicy.received(this.org.actor(EKO), List.of(first, second))).contains(first);
	}

	@Test
	void theOwnersActionsReadNoDelegations() {
		var worker = TaskActorPolicy.worker(this.org.actor(BUDI), task(1L, KADIS), NO_DELEGATIONS_ASKED, this.org);
		assertThat(worker.allowed()).isTrue();
		assertThat(worker.orThrow().position().id()).isEqualTo(KADIS);
	}

}
