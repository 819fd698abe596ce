package id.alurkerja.sop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopContent.TimeStandard;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of broken template is rejected with a message naming the step, in Bahasa
 * Indonesia.
 */
class SopValidatorTests {

	private static final Lane STAF = new Lane("staf", "Staf", "staf-kerjasama", false, null);

	private static final Lane KASI = new Lane("kasi", "Kasi", "kasi-kerjasama", false, null);

	@Test
	void aRunnableTemplateHasNoErrors() {
		assertThat(SopValidator.validate(content(start("1"), decision("2", "3", "1"), end("3")))).isEmpty();
	}

	@Test
	void missingStartIsReported() {
		assertThat(messages(content(process("1", null), end("2")))).contains("SOP tidak memiliki langkah Mulai.");
	}

	@Test
	void twoStartsAreReported() {
		assertThat(messages(content(start("1"), start("2"), end("3"))))
			.anyMatch(m -> m.contains("lebih dari satu langkah Mulai") && m.contains("1, 2"));
	}

	@Test
	void unreachableStepIsNamed() {
		// 1 -> 3 (end); 2 follows nothing
		assertThat(messages(content(withNext(start("1"), "3"), process("2", null), end("3"))))
			.contains("Langkah 2 tidak dapat dicapai dari langkah Mulai.");
	}

	@Test
	void pathThatNeverEndsIsNamed() {
		// 2 loops back to 1 forever; 3 is the end but nothing leads there
		assertThat(messages(content(start("1"), withNext(process("2", null), "1"), end("3"))))
			.contains("Dari langkah 1 alur tidak pernah sampai ke langkah Selesai.");
	}

	@Test
	void decisionWithoutTidakExitIsNamed() {
		assertThat(messages(content(start("1"), decision("2", "3", null), end("3"))))
			.contains("Langkah 2 adalah keputusan tetapi belum memiliki jalur Ya dan jalur Tidak.");
	}

	@Test
	void stepWithoutLaneIsNamed() {
		Step noLane = new Step("2", StepKind.PROCESS, null, null, "Memproses", null, null, "", null, null, null, null,
				null, null, null, null);
		assertThat(messages(content(start("1"), noLane, end("3")))).contains("Langkah 2 tidak memiliki pelaksana.");
	}

	@Test
	void minimumOverMaximumIsNamed() {
		Step slow = new Step("2", StepKind.PROCESS, null, "staf", "Memproses", null,
				new TimeStandard(7, 1, TimeUnit.HARI_KERJA, "7-1 Hari"), "", null, null, null, null, null, null, null,
				null);
		assertThat(messages(content(start("1"), slow, end("3"))))
			.contains("Waktu minimum pada langkah 2 (7) lebih besar dari waktu maksimum (1).");
	}

	@Test
	void targetThatDoesNotExistIsNamed() {
		assertThat(messages(content(start("1"), decision("2", "3", "9"), end("3"))))
			.contains("Langkah 2 menuju langkah 9 yang tidak ada.");
	}

	@Test
	void missingEndIsReported() {
		assertThat(messages(content(start("1"), process("2", null)))).contains("SOP tidak memiliki langkah Selesai.")
			.contains("Setelah langkah 2 tidak ada langkah berikutnya, padahal langkah itu bukan langkah Selesai.");
	}

	@Test
	void unknownLaneAndDuplicateNumbersAreNamed() {
		Step ghost = new Step("2", StepKind.PROCESS, null, "hantu", "Memproses", null, null, "", null, null, null, null,
				null, null, null, null);
		assertThat(messages(content(start("1"), ghost, end("2"))))
			.contains("Langkah 2 menunjuk pelaksana \"hantu\" yang tidak ada.")
			.contains("Nomor langkah 2 dipakai lebih dari sekali.");
	}

	@Test
	void errorsAreAlsoAvailableInEnglish() {
		List<ValidationError> errors = SopValidator.validate(content(process("1", null), end("2")));
		assertThat(errors.get(0).message(messageSource(), Locale.ENGLISH)).isEqualTo("The SOP has no start step.");
	}

	private static List<String> messages(SopContent content) {
		ResourceBundleMessageSource source = messageSource();
		return SopValidator.validate(content)
			.stream()
			.map(e -> e.message(source, Locale.forLanguageTag("id")))
			.toList();
	}

	private static ResourceBundleMessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/sop");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static SopContent content(Step... steps) {
		return new SopContent(null, List.of(STAF, KASI), new ArrayList<>(List.of(steps)), null, null, null, null, null);
	}

	private static Step start(String no) {
		return new Step(no, StepKind.START, null, "staf", "Mulai", null, null, "", null, null, null, null, null, null,
				null, null);
	}

	private static Step end(String no) {
		return new Step(no, StepKind.END, null, "kasi", "Selesai", null, null, "", null, null, null, null, null, null,
				null, null);
	}

	private static Step process(String no, String next) {
		return new Step(no, StepKind.PROCESS, null, "staf", "Memproses", null, null, "", null, next, null, null, null,
				null, null, null);
	}

	private static Step decision(String no, String ya, String tidak) {
		return new Step(no, StepKind.DECISION, null, "kasi", "Memeriksa", null, null, "", null, null, ya, tidak, null,
				null, null, null);
	}

	private static Step withNext(Step s, String next) {
		return new Step(s.no(), s.kind(), s.printedMarker(), s.lane(), s.activity(), s.kelengkapan(), s.time(),
				s.output(), s.keterangan(), next, s.ya(), s.tidak(), s.phase(), s.title(), s.recurringReports(),
				s.reportsTo());
	}

}
