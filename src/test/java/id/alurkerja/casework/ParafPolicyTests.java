package id.alurkerja.casework;

import java.util.List;

import id.alurkerja.org.AssignmentKind;
import id.alurkerja.sop.SopContent;
import org.junit.jupiter.api.Test;

import static id.alurkerja.casework.PolicyWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class ParafPolicyTests {

	private final PolicyWorld org = new PolicyWorld();

	private final DocumentVersion v1 = version(31L, 1);

	private final DocumentVersion v2 = version(32L, 2);

	private final List<DocumentVersion> versions = List.of(this.v1, this.v2);

	/** A revision published before document duties: paraf by seniority alone. */
	private static final ParafPolicy.At LEGACY = new ParafPolicy.At(
			new SopContent(null, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of()), null,
			"Konsep surat");

	private static Paraf paraf(int ord, Long personId, Long positionId, int rank) {
		return new Paraf(32L, ord, personId, positionId, "", rank, NOW);
	}

	@Test
	void theFirstOfficialInitialsTheLatestDraft() {
		var v = ParafPolicy.mayInitial(this.org.actor(DEWI), this.v2, this.versions, List.of(), LEGACY);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(STAF);
	}

	@Test
	void parafGoesUpTheRanks() {
		List<Paraf> afterStaf = List.of(paraf(1, DEWI, STAF, 4));
		assertThat(ParafPolicy.mayInitial(this.org.actor(ANDI), this.v2, this.versions, afterStaf, LEGACY).allowed())
			.isTrue();
		List<Paraf> afterKasi = List.of(paraf(1, ANDI, KASI, 3));
		var lower = ParafPolicy.mayInitial(this.org.actor(DEWI), this.v2, this.versions, afterKasi, LEGACY);
		assertThat(lower.allowed()).isFalse();
		assertThat(lower.code()).isEqualTo("casework.paraf.rankOrder");
	}

	@Test
	void anOfficialOfTheSameRankDoesNotInitialAfterAnother() {
		List<Paraf> afterDewi = List.of(paraf(1, DEWI, STAF, 4));
		var v = ParafPolicy.mayInitial(this.org.actor(EKO), this.v2, this.versions, afterDewi, LEGACY);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.paraf.rankOrder");
	}

	@Test
	void anOfficialInitialsInTheirMostSeniorPosition() {
		// Sari is Kepala Bidang (rank 2) and Plh. Kepala Dinas (rank 1)
		var v = ParafPolicy.mayInitial(this.org.actor(SARI), this.v2, this.versions, List.of(paraf(1, ANDI, KASI, 3)),
				LEGACY);
		assertThat(v.allowed()).isTrue();
		assertThat(v.orThrow().position().id()).isEqualTo(KADIS);
		assertThat(v.orThrow().kind()).isEqualTo(AssignmentKind.PLH);
	}

	@Test
	void aFourthParafIsRefused() {
		List<Paraf> three = List.of(paraf(1, DEWI, STAF, 4), paraf(2, ANDI, KASI, 3), paraf(3, TONO, KABID, 2));
		var v = ParafPolicy.mayInitial(this.org.actor(BUDI), this.v2, this.versions, three, LEGACY);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.paraf.full");
		List<Paraf> two = three.subList(0, 2);
		assertThat(ParafPolicy.mayInitial(this.org.actor(BUDI), this.v2, this.versions, two, LEGACY).allowed())
			.isTrue();
	}

	@Test
	void anOfficialInitialsAVersionOnlyOnce() {
		var v = ParafPolicy.mayInitial(this.org.actor(DEWI), this.v2, this.versions, List.of(paraf(1, DEWI, STAF, 4)),
				LEGACY);
		assertThat(v.refusal().kind()).isEqualTo(Verdict.Kind.CONFLICT);
		assertThat(v.code()).isEqualTo("casework.paraf.already");
	}

	@Test
	void someoneHoldingNoPositionDoesNotInitial() {
		var v = ParafPolicy.mayInitial(this.org.actorWith(EKO, KAB, false), this.v2, this.versions, List.of(), LEGACY);
		assertThat(v.allowed()).isFalse();
		assertThat(v.code()).isEqualTo("casework.paraf.notAllowed");
	}

	@Test
	void onlyTheLatestUnsignedVersionIsInitialledOrSigned() {
		var older = ParafPolicy.mayInitial(this.org.actor(DEWI), this.v1, this.versions, List.of(), LEGACY);
		assertThat(older.allowed()).isFalse();
		assertThat(older.code()).isEqualTo("casework.paraf.notLatest");
		this.v2.sign(BUDI, KADIS, "", "800", "800/12/DISDIK/2026", NOW);
		var signed = ParafPolicy.mayInitial(this.org.actor(DEWI), this.v2, this.versions, List.of(), LEGACY);
		assertThat(signed.allowed()).isFalse();
		assertThat(signed.code()).isEqualTo("casework.sign.alreadySigned");
	}

}
