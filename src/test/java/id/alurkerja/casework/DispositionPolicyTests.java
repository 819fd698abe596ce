package id.alurkerja.casework;

import java.util.List;
import java.util.function.Supplier;

import id.alurkerja.org.PositionView;
import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class DispositionPolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	private DispositionPolicy.From fromKabid() {
		return DispositionPolicy.mayDispose(this.org.actor(SARI), task(1L, KABID), List::of, this.org).orThrow();
	}

	@Test
	void theStepsOwnerDisposesFromTheStepsPosition() {
		Supplier<List<Delegation>> unread = () -> {
			throw new AssertionError("the owner's disposition reads no delegations");
		};
		var v = DispositionPolicy.mayDispose(this.org.actor(BUDI), task(1L, KADIS), unread, this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().holding().position().id()).isEqualTo(KADIS);
		assertThat(v.orThrow().received()).isNull();
	}

	@Test
	void theReceiverOfADelegationHandsItFurtherDownFromTheirOwnPosition() {
		Delegation d = delegation(10L, 1L, null, KADIS, KABID, null);
		var v = DispositionPolicy.mayDispose(this.org.actor(TONO), task(1L, KADIS), () -> List.of(d), this.org);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().holding().position().id()).isEqualTo(KABID);
		assertThat(v.orThrow().received()).isSameAs(d);
	}

	@Test
	void someoneWhoNeitherOwnsNorReceivedTheStepCannotDispose() {
		Delegation reported = reported(delegation(10L, 1L, null, KADIS, KABID, null));
		var v = DispositionPolicy.mayDispose(this.org.actor(TONO), task(1L, KADIS), () -> List.of(reported), this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.task.notYours");
		assertThat(DispositionPolicy.mayDispose(this.org.actor(RINA), task(1L, KADIS), List::of, this.org).code())
			.isEqualTo("casework.task.notYours");
	}

	@Test
	void theTargetsAreThePositionsBelow() {
		assertThat(DispositionPolicy.targets(fromKabid(), this.org)).extracting(PositionView::id)
			.containsExactlyInAnyOrder(KASI, STAF);
	}

	@Test
	void oneMayDisposeOnlyToPositionsBelow() {
		var from = fromKabid();
		assertThat(DispositionPolicy.mayDisposeTo(from, KASI, null, this.org).orThrow().id()).isEqualTo(KASI);
		assertThat(DispositionPolicy.mayDisposeTo(from, STAF, null, this.org).orThrow().id()).isEqualTo(STAF);
		for (Long notBelow : List.of(KADIS, KABID, KADINKES)) {
			var v = DispositionPolicy.mayDisposeTo(from, notBelow, null, this.org);
			assertThat(v.allowed()).as("to %s", notBelow).isFalse();
			assertThat(v.code()).isEqualTo("casework.delegate.notSubordinate");
			assertThat(v.refusal().field()).isEqualTo("toPositionId");
		}
	}

	@Test
	void aNamedReceiverMustHoldTheTargetPosition() {
		var from = fromKabid();
		assertThat(DispositionPolicy.mayDisposeTo(from, STAF, DEWI, this.org).allowed()).isTrue();
		var v = DispositionPolicy.mayDisposeTo(from, STAF, ANDI, this.org);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.complete.nextPersonNotHolder");
		assertThat(v.refusal().field()).isEqualTo("toPersonId");
	}

}
