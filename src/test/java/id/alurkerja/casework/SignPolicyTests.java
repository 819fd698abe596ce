package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.AssignmentKind;
import id.alurkerja.sop.SopContent;
import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class SignPolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	private final DocumentVersion v1 = version(31L, 1);

	private final DocumentVersion v2 = version(32L, 2);

	private final List<DocumentVersion> versions = List.of(this.v1, this.v2);

	private final Task current = task(1L, KADIS);

	/** A revision published before document duties: the current step's owner signs. */
	private static final SopContent LEGACY = new SopContent(null, List.of(), List.of(), List.of(), List.of(), null,
			List.of(), List.of());

	@Test
	void theOwnerOfTheCurrentStepSignsTheLatestVersion() {
		var v = SignPolicy.maySign(this.org.actor(BUDI), this.current, this.v2, this.versions, this.org, LEGACY,
				"Konsep surat");
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(KADIS);
	}

	@Test
	void aPlhSignsForTheKepalaDinas() {
		var v = SignPolicy.maySign(this.org.actor(SARI), this.current, this.v2, this.versions, this.org, LEGACY,
				"Konsep surat");
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().kind()).isEqualTo(AssignmentKind.PLH);
		assertThat(v.orThrow().positionLabel()).isEqualTo("Plh. Kepala Dinas Pendidikan");
	}

	@Test
	void whoeverDoesNotOwnTheCurrentStepDoesNotSign() {
		var v = SignPolicy.maySign(this.org.actor(ANDI), this.current, this.v2, this.versions, this.org, LEGACY,
				"Konsep surat");
		assertThat(v.allowed()).isFalse();
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.NOT_ALLOWED);
		assertThat(v.code()).isEqualTo("casework.sign.notAllowed");
	}

	@Test
	void theReceiverOfADelegationDoesNotSign() {
		// a delegation of the step lets its receiver work on it, not sign for it
		var v = SignPolicy.maySign(this.org.actor(TONO), this.current, this.v2, this.versions, this.org, LEGACY,
				"Konsep surat");
		assertThat(v.code()).isEqualTo("casework.sign.notAllowed");
	}

	@Test
	void onlyTheNamedPersonSignsWhenTheStepNamesOne() {
		Task named = taskNaming(1L, KADIS, BUDI);
		assertThat(SignPolicy
			.maySign(this.org.actor(BUDI), named, this.v2, this.versions, this.org, LEGACY, "Konsep surat")
			.allowed()).isTrue();
		assertThat(SignPolicy
			.maySign(this.org.actor(SARI), named, this.v2, this.versions, this.org, LEGACY, "Konsep surat")
			.code()).isEqualTo("casework.sign.notAllowed");
	}

	@Test
	void onlyTheLatestUnsignedVersionIsInitialledOrSigned() {
		var older = SignPolicy.maySign(this.org.actor(BUDI), this.current, this.v1, this.versions, this.org, LEGACY,
				"Konsep surat");
		assertThat(older.allowed()).isFalse();
		assertThat(older.refusal().kind()).isEqualTo(Verdict.Kind.CONFLICT);
		assertThat(older.code()).isEqualTo("casework.paraf.notLatest");
		assertThat(SignPolicy.latestUnsigned(this.v2, this.versions).allowed()).isTrue();
	}

	@Test
	void aSignedVersionIsNotSignedAgain() {
		this.v2.sign(BUDI, KADIS, "", "800", "800/12/DISDIK/2026", NOW);
		var v = SignPolicy.maySign(this.org.actor(BUDI), this.current, this.v2, this.versions, this.org, LEGACY,
				"Konsep surat");
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.sign.alreadySigned");
		assertThat(v.refusal().args()).containsExactly("800/12/DISDIK/2026");
	}

}
