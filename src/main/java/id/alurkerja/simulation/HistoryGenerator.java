package id.alurkerja.simulation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import id.alurkerja.audit.EventType;
import id.alurkerja.audit.HistoryBulkLoad;
import id.alurkerja.calendar.CalendarService;
import id.alurkerja.calendar.WorkingCalendar;
import id.alurkerja.casework.CaseBulkLoad;
import id.alurkerja.casework.CaseRules;
import id.alurkerja.database.BulkLoad;
import id.alurkerja.org.Holding;
import id.alurkerja.org.KabupatenView;
import id.alurkerja.casework.Outcome;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.PositionView;
import id.alurkerja.reports.MeasureBulkLoad;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopContent;
import id.alurkerja.sop.SopContent.Lane;
import id.alurkerja.sop.SopContent.Step;
import id.alurkerja.sop.SopContent.TimeStandard;
import id.alurkerja.sop.SopRevisionView;
import id.alurkerja.sop.SopSummary;
import id.alurkerja.sop.StepKind;
import id.alurkerja.sop.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a history of cases run through every published SOP of every kabupaten: cases,
 * tasks, delegations, uploaded outputs and hash-chained events, as the services would
 * have written them, but in bulk (one transaction per batch of cases), through each
 * owner's bulk API: {@link CaseBulkLoad}, {@link HistoryBulkLoad} (which chains the
 * hashes) and {@link MeasureBulkLoad}. Deterministic for a seed: the same seed on the
 * same SOPs and organisation gives the same cases, times, outcomes and texts (database
 * ids aside).
 * <p>
 * Durations are drawn per step: most within the standard, some faster, some late, a few
 * far late; decisions answer Tidak now and then (at most twice per case). Cases whose
 * next step would end after now stay running at that step. Open tasks already past due
 * are marked as notified, so the overdue job does not mail a year of history at once.
 */
@Component
public class HistoryGenerator {

	private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);

	/** Cases written per transaction. */
	static final int BATCH_CASES = 2_000;

	/** Share of timed steps done faster than the minimum. */
	static final double FAST_SHARE = 0.08;

	/** Share of timed steps done within the standard (after the fast ones). */
	static final double WITHIN_SHARE = 0.72;

	/**
	 * Share of timed steps done late, up to twice the maximum (the rest up to four
	 * times).
	 */
	static final double LATE_SHARE = 0.15;

	/** Chance that a decision answers Tidak. */
	static final double TIDAK_CHANCE = 0.15;

	static final int MAX_RETURNS_PER_CASE = 2;

	/** Chance that a step with an output has its document uploaded. */
	static final double OUTPUT_UPLOADED = 0.88;

	/** Chance that a head hands the step down to a subordinate before doing it. */
	static final double DELEGATION_CHANCE = 0.10;

	private static final String[] RETURN_REASONS = { "Kelengkapan berkas belum lengkap",
			"Substansi perlu disesuaikan dengan ketentuan", "Terdapat kesalahan penulisan nama dan nomor",
			"Lampiran belum ditandatangani pihak terkait" };

	private static final String[] MISSING_REASONS = { "Dokumen diserahkan dalam bentuk cetak",
			"Dokumen diarsipkan di bagian umum" };

	private static final String[] SENDERS = { "Desa Sei Tekam", "Desa Balai Karangan", "Desa Kenaman", "Desa Taniran",
			"Desa Jaar", "Dinas Pekerjaan Umum", "Pemerintah Kabupaten Tetangga", "Kecamatan Sekayam" };

	/** What a run wrote. */
	public record Result(int cases, int tasks, int events, Duration took) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final SopCatalog catalog;

	private final OrgDirectory directory;

	private final CalendarService calendars;

	private final Clock clock;

	private final CaseBulkLoad caseLoad;

	private final HistoryBulkLoad historyLoad;

	private final MeasureBulkLoad measureLoad;

	HistoryGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, SopCatalog catalog, OrgDirectory directory,
			CalendarService calendars, Clock clock, CaseBulkLoad caseLoad, HistoryBulkLoad historyLoad,
			MeasureBulkLoad measureLoad) {
		this.caseLoad = caseLoad;
		this.historyLoad = historyLoad;
		this.measureLoad = measureLoad;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.catalog = catalog;
		this.directory = directory;
		this.calendars = calendars;
		this.clock = clock;
	}

	/**
	 * Writes {@code total} cases spread evenly over the published SOPs, started between
	 * {@code from} and now.
	 * @param contents whether uploaded outputs get (tiny) file contents, so that they
	 * download; the bulk load leaves them out
	 */
	public Result generate(long seed, int total, LocalDate from, boolean contents, IntConsumer progress) {
		return generate(seed, total, from, contents, false, progress);
	}

	/**
	 * As {@link #generate(long, int, LocalDate, boolean, IntConsumer)}; with
	 * {@code bulk}, each batch's transaction skips the foreign-key triggers
	 * ({@code session_replication_role = replica}, as {@code pg_restore
	 * --disable-triggers} does) when the database user may: every id written refers to a
	 * row written before it or to the organisation and SOPs read at the start.
	 */
	public Result generate(long seed, int total, LocalDate from, boolean contents, boolean bulk, IntConsumer progress) {
		Instant start = from.atStartOfDay(this.calendars.calendar().zone()).toInstant();
		return generate(seed, total, start, this.clock.instant(), contents, bulk, progress);
	}

	/**
	 * Cases started between {@code start} and {@code end} (at most now). Every completed
	 * task is measured as {@code TaskMeasures} would (working minutes on the working
	 * calendar and the rest) and added to the per-day sums, in the batch's transaction.
	 * Each batch is simulated and turned into {@code COPY} text on the calling thread
	 * while the previous one is written, so that Java and PostgreSQL work at the same
	 * time.
	 */
	public Result generate(long seed, int total, Instant start, Instant end, boolean contents, boolean bulk,
			IntConsumer progress) {
		long began = System.nanoTime();
		List<Plan> plans = plans();
		if (plans.isEmpty() || total <= 0) {
			return new Result(0, 0, 0, Duration.ZERO);
		}
		WorkingCalendar calendar = this.calendars.calendar();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Instant last = end.isAfter(now) ? now : end;
		boolean replica = bulk && BulkLoad.maySkipTriggers(this.jdbc);
		SplittableRandom random = new SplittableRandom(seed);
		int[] totals = new int[3];
		int done = 0;
		ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "history-writer");
			thread.setDaemon(true);
			return thread;
		});
		Future<int[]> pending = null;
		// time the simulating thread waited for the writer: near zero when Java is the
		// bottleneck, most of the run when PostgreSQL is
		long waited = 0;
		try {
			while (done < total) {
				int size = Math.min(BATCH_CASES, total - done);
				List<SimCase> batch = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					int index = done + i;
					Plan plan = plans.get(index % plans.size());
					// even spread over the span, a random hour within the day
					double at = (index + random.nextDouble()) / total;
					Instant day = start.plusSeconds((long) (at * Duration.between(start, last).getSeconds()));
					batch.add(simulate(plan, calendar, day, now, random.split()));
				}
				Prepared prepared = prepare(batch, contents, now, calendar);
				if (pending != null) {
					long waiting = System.nanoTime();
					add(totals, await(pending));
					waited += System.nanoTime() - waiting;
					if (progress != null) {
						progress.accept(totals[0]);
					}
				}
				pending = writer.submit(() -> this.transactions.execute(status -> {
					if (replica) {
						BulkLoad.skipTriggers(this.jdbc);
					}
					return prepared.write();
				}));
				done += size;
			}
			if (pending != null) {
				add(totals, await(pending));
				if (progress != null) {
					progress.accept(totals[0]);
				}
			}
		}
		finally {
			writer.shutdownNow();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - began);
		log.info("Generated {} cases, {} tasks, {} events in {} s ({} s of it waiting for the writer)", totals[0],
				totals[1], totals[2], took.toMillis() / 1000.0, waited / 1_000_000_000);
		return new Result(totals[0], totals[1], totals[2], took);
	}

	private static void add(int[] totals, int[] written) {
		totals[0] += written[0];
		totals[1] += written[1];
		totals[2] += written[2];
	}

	private static int[] await(Future<int[]> pending) {
		try {
			return pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while writing history", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	// ---------------------------------------------------------------- plans

	/** One SOP ready to simulate: its steps with their positions and holders. */
	record Plan(SopRevisionView revision, Long origin, Map<String, StepPlan> steps, Step first, String kabupatenCode,
			Map<Long, List<Holder>> holders, CaseRules rules) {
	}

	record StepPlan(Step step, Lane lane, PositionView position, List<Holder> holders, List<PositionView> below) {
	}

	/** Who held a position when, as the history records it. */
	record Holder(Long personId, String name, Long positionId, String label, String kind, LocalDate start,
			LocalDate end, Holding holding) {

		boolean on(LocalDate day) {
			return !day.isBefore(this.start) && (this.end == null || !day.isAfter(this.end));
		}

	}

	private List<Plan> plans() {
		List<Plan> plans = new ArrayList<>();
		for (KabupatenView k : this.directory.kabupatens()) {
			Long kabupatenId = k.id();
			Map<Long, List<Holder>> holders = holders(kabupatenId);
			CaseRules rules = CaseRules.of(this.directory, kabupatenId, LocalDate.now(this.clock));
			for (SopSummary summary : this.catalog.catalogue(kabupatenId, null)) {
				SopRevisionView revision = this.catalog.published(kabupatenId, summary.code()).orElseThrow();
				// an SOP that serves many units runs once per origin unit it may come
				// from
				List<Long> origins = new ArrayList<>();
				rules.origins(revision.content(), revision.unitId()).forEach(u -> origins.add(u.id()));
				if (revision.content().originKind().isEmpty()) {
					origins.add(null);
				}
				for (Long origin : origins) {
					Plan plan = plan(revision, origin, holders, k.code(), rules);
					if (plan != null) {
						plans.add(plan);
					}
				}
			}
		}
		return plans;
	}

	private static Plan plan(SopRevisionView revision, Long origin, Map<Long, List<Holder>> holders,
			String kabupatenCode, CaseRules rules) {
		SopContent content = revision.content();
		Map<String, StepPlan> steps = new HashMap<>();
		for (Step step : content.steps()) {
			Lane lane = content.lane(step.lane()).orElse(null);
			if (lane == null) {
				return null;
			}
			// who acts in the lane for a case from this origin: the rule the cases follow
			PositionView position = rules.position(lane, origin).orElse(null);
			if (position == null || holders.getOrDefault(position.id(), List.of()).isEmpty()) {
				return null;
			}
			// where a step may be handed down: the rule the services apply, to positions
			// with holders
			List<PositionView> below = rules.disposableTo(position.id())
				.stream()
				.filter(p -> holders.containsKey(p.id()))
				.toList();
			steps.put(step.no(), new StepPlan(step, lane, position, holders.get(position.id()), below));
		}
		return content.start()
			.map(first -> new Plan(revision, origin, steps, first, kabupatenCode, holders, rules))
			.orElse(null);
	}

	private Map<Long, List<Holder>> holders(Long kabupatenId) {
		Map<Long, List<Holder>> byPosition = new HashMap<>();
		for (Holding h : this.directory.assignments(kabupatenId)) {
			byPosition.computeIfAbsent(h.position().id(), k -> new ArrayList<>())
				.add(new Holder(h.person().id(), h.person().name(), h.position().id(), h.positionLabel(),
						h.kind().name(), h.startDate(), h.endDate(), h));
		}
		return byPosition;
	}

	/** An acting holder on the day comes first (they act for the absent official). */
	private static Holder holderOn(List<Holder> holders, LocalDate day) {
		Holder definitive = null;
		for (Holder h : holders) {
			if (h.on(day)) {
				if (!"DEFINITIF".equals(h.kind())) {
					return h;
				}
				if (definitive == null) {
					definitive = h;
				}
			}
		}
		return (definitive != null) ? definitive : holders.get(0);
	}

	// ---------------------------------------------------------------- simulation

	record SimCase(Plan plan, Instant startedAt, Instant endedAt, String perihal, String suratDari, String sifat,
			Long creatorPersonId, List<SimTask> tasks, LocalDate receivedOn) {
	}

	record SimTask(StepPlan step, Instant createdAt, Instant completedAt, Instant nearAt, Instant dueAt, String outcome,
			Holder by, String returnReason, String returnedFromStep, boolean uploaded, String missingReason,
			SimDelegation delegation, String nextStep) {
	}

	record SimDelegation(PositionView to, Holder toHolder, Instant at, Instant reportedAt) {
	}

	private static SimCase simulate(Plan plan, WorkingCalendar calendar, Instant day, Instant now,
			SplittableRandom random) {
		// cases are registered in office hours
		Instant startedAt = calendar.plusWorkingMinutes(truncateToDay(day, calendar),
				random.nextInt((int) calendar.officeMinutesPerDay() - 60));
		if (startedAt.isAfter(now)) {
			startedAt = now.minus(1, ChronoUnit.HOURS);
		}
		String suratDari = SENDERS[random.nextInt(SENDERS.length)];
		String perihal = plan.revision().name() + " — " + suratDari;
		String sifat = (random.nextDouble() < 0.1) ? "SEGERA" : "BIASA";
		List<SimTask> tasks = new ArrayList<>();
		StepPlan at = plan.steps().get(plan.first().no());
		Holder creator = holderOn(at.holders(), date(startedAt, calendar));
		Instant created = startedAt;
		String returnReason = null;
		String returnedFrom = null;
		int returns = 0;
		Instant endedAt = null;
		while (at != null && tasks.size() < 60) {
			Step step = at.step();
			TimeStandard time = step.time();
			Instant near = (time != null) ? after(calendar, created, time.min(), time.unit()) : null;
			Instant due = (time != null) ? after(calendar, created, time.max(), time.unit()) : null;
			Instant completed = completion(calendar, created, time, random);
			if (completed.isAfter(now)) {
				tasks.add(new SimTask(at, created, null, near, due, null, null, returnReason, returnedFrom, false, null,
						null, null));
				break;
			}
			LocalDate on = date(completed, calendar);
			Holder by = holderOn(at.holders(), on);
			// the outcomes the rules allow the step: Tidak now and then where it has a
			// target
			List<Outcome> outcomes = CaseRules.outcomes(step);
			Outcome chosen = outcomes.contains(Outcome.DONE) ? Outcome.DONE : Outcome.YA;
			if (outcomes.contains(Outcome.TIDAK) && step.tidak() != null && returns < MAX_RETURNS_PER_CASE
					&& random.nextDouble() < TIDAK_CHANCE) {
				chosen = Outcome.TIDAK;
				returns++;
			}
			String outcome = chosen.name();
			// where the case goes next: the same rule the services apply
			String next = CaseRules.next(plan.revision().content(), step, chosen).map(Step::no).orElse(null);
			boolean expectsOutput = CaseRules.outputMissing(step, false);
			boolean uploaded = expectsOutput && random.nextDouble() < OUTPUT_UPLOADED;
			String missing = CaseRules.outputMissing(step, uploaded)
					? MISSING_REASONS[random.nextInt(MISSING_REASONS.length)] : null;
			// the step walked through the rules: handed down, reported back, completed by
			// its owner
			CaseRules.StepRun run = plan.rules().step(at.position().id(), created);
			SimDelegation delegation = null;
			if (!at.below().isEmpty() && step.kind() == StepKind.PROCESS && random.nextDouble() < DELEGATION_CHANCE) {
				PositionView to = at.below().get(random.nextInt(at.below().size()));
				long span = Duration.between(created, completed).getSeconds();
				Instant handed = created.plusSeconds(span / 5);
				Instant reported = created.plusSeconds(span * 4 / 5);
				Holder toHolder = holderOn(plan.holders().get(to.id()), date(handed, calendar));
				run.dispose(by.holding(), to.id(), handed);
				run.reportBack(toHolder.holding(), reported);
				delegation = new SimDelegation(to, toHolder, handed, reported);
			}
			run.complete(by.holding());
			String reason = "TIDAK".equals(outcome) ? RETURN_REASONS[random.nextInt(RETURN_REASONS.length)] : null;
			tasks.add(new SimTask(at, created, completed, near, due, outcome, by, returnReason, returnedFrom, uploaded,
					missing, delegation, next));
			returnReason = reason;
			returnedFrom = (reason != null) ? step.no() : null;
			created = completed;
			if (next == null) {
				endedAt = completed;
				break;
			}
			at = plan.steps().get(next);
		}
		return new SimCase(plan, startedAt, endedAt, perihal, suratDari, sifat, creator.personId(), tasks,
				date(startedAt, calendar));
	}

	/**
	 * When a step is done: drawn against its standard, or a few working days without one.
	 */
	private static Instant completion(WorkingCalendar calendar, Instant created, TimeStandard time,
			SplittableRandom random) {
		double r = random.nextDouble();
		if (time == null) {
			// no standard: most within two working days, a long tail
			double days = 0.1 + Math.pow(random.nextDouble(), 2) * 4.0;
			return calendar.plusWorkingMinutes(created, Math.max(1, Math.round(days * calendar.officeMinutesPerDay())));
		}
		double min = time.min();
		double max = time.max();
		double amount;
		if (r < FAST_SHARE) {
			amount = min * (0.3 + 0.6 * random.nextDouble());
		}
		else if (r < FAST_SHARE + WITHIN_SHARE) {
			amount = min + (max - min) * random.nextDouble();
		}
		else if (r < FAST_SHARE + WITHIN_SHARE + LATE_SHARE) {
			amount = max * (1.05 + 0.95 * random.nextDouble());
		}
		else {
			amount = max * (2.0 + 2.0 * random.nextDouble());
		}
		return switch (time.unit()) {
			case MENIT -> calendar.plusWorkingMinutes(created, Math.max(1, Math.round(amount)));
			case JAM -> calendar.plusWorkingMinutes(created, Math.max(1, Math.round(amount * 60)));
			case HARI_KERJA ->
				calendar.plusWorkingMinutes(created, Math.max(1, Math.round(amount * calendar.officeMinutesPerDay())));
			case BULAN -> created.plus(Math.max(1, Math.round(amount * 30 * 24 * 60)), ChronoUnit.MINUTES);
		};
	}

	/** A time standard counted on the working calendar, as casework counts due times. */
	static Instant after(WorkingCalendar calendar, Instant start, int amount, TimeUnit unit) {
		return switch (unit) {
			case MENIT -> calendar.plusWorkingMinutes(start, amount);
			case JAM -> calendar.plusWorkingMinutes(start, amount * 60L);
			case HARI_KERJA -> calendar.plusWorkingDays(start, amount);
			case BULAN -> calendar.plusMonths(start, amount);
		};
	}

	private static Instant truncateToDay(Instant at, WorkingCalendar calendar) {
		return ZonedDateTime.ofInstant(at, calendar.zone()).toLocalDate().atStartOfDay(calendar.zone()).toInstant();
	}

	private static LocalDate date(Instant at, WorkingCalendar calendar) {
		return LocalDate.ofInstant(at, calendar.zone());
	}

	// ---------------------------------------------------------------- writing

	/**
	 * A batch as its owners' COPY text, ids and registration numbers taken, ready to
	 * write in one transaction.
	 */
	private record Prepared(CaseBulkLoad.Batch cases, HistoryBulkLoad.Batch events, MeasureBulkLoad.Batch measures,
			int caseCount, int taskCount, int eventCount) {

		int[] write() {
			this.cases.write();
			this.events.write();
			this.measures.write();
			return new int[] { this.caseCount, this.taskCount, this.eventCount };
		}

	}

	private Prepared prepare(List<SimCase> batch, boolean contents, Instant now, WorkingCalendar calendar) {
		ZoneId zone = calendar.zone();
		int taskCount = batch.stream().mapToInt(c -> c.tasks().size()).sum();
		int delegationCount = 0;
		int uploadCount = 0;
		for (SimCase c : batch) {
			for (SimTask t : c.tasks()) {
				delegationCount += (t.delegation() != null) ? 1 : 0;
				uploadCount += t.uploaded() ? 1 : 0;
			}
		}
		CaseBulkLoad.Ids ids = this.caseLoad.reserveIds(batch.size(), taskCount, delegationCount, uploadCount);
		long[] caseIds = ids.cases();
		long[] taskIds = ids.tasks();
		long[] delegationIds = ids.delegations();
		long[] documentIds = ids.documents();
		long[] versionIds = ids.versions();
		Map<String, int[]> seqs = registrationNumbers(batch);

		CaseBulkLoad.Batch cases = this.caseLoad.batch();
		HistoryBulkLoad.Batch events = this.historyLoad.batch();
		MeasureBulkLoad.Batch measures = this.measureLoad.batch();

		int ti = 0;
		int di = 0;
		int ui = 0;
		for (int ci = 0; ci < batch.size(); ci++) {
			SimCase c = batch.get(ci);
			long caseId = caseIds[ci];
			SopRevisionView rev = c.plan().revision();
			Long kabupatenId = rev.kabupatenId();
			int year = c.receivedOn().getYear();
			int[] seq = seqs.get(kabupatenId + "/" + year);
			int number = seq[0]++;
			String registrationNo = "%s/%d/%05d".formatted(c.plan().kabupatenCode(), year, number);
			SimTask last = c.tasks().get(c.tasks().size() - 1);
			boolean running = c.endedAt() == null;
			cases.addCase(caseId, kabupatenId, rev.unitId(), c.plan().origin(), rev.revisionId(), registrationNo, year,
					number, c.perihal(), c.suratDari(), c.receivedOn(), c.sifat(), running ? "BERJALAN" : "SELESAI",
					running ? last.step().step().no() : null, c.startedAt(), c.endedAt(), c.creatorPersonId());
			HistoryBulkLoad.Chain chain = events.chain(caseId);
			StepPlan first = c.tasks().get(0).step();
			Holder creator = holderOn(first.holders(), c.receivedOn());
			event(chain, EventType.CASE_STARTED, first.step().no(), null, creator, null, c.startedAt(), null,
					rev.code() + " revisi " + rev.number());
			for (SimTask t : c.tasks()) {
				long taskId = taskIds[ti++];
				StepPlan sp = t.step();
				String onBehalfOf = sp.lane().external() ? sp.lane().name() : null;
				boolean open = t.completedAt() == null;
				Instant notified = (open && t.dueAt() != null && t.dueAt().isBefore(now)) ? t.dueAt() : null;
				cases.addTask(taskId, caseId, kabupatenId, sp.step().no(), sp.lane().key(), sp.position().id(),
						onBehalfOf, open ? "OPEN" : "DONE", t.createdAt(), t.completedAt(), t.nearAt(), t.dueAt(),
						t.outcome(), open ? null : t.by().personId(), open ? null : t.by().positionId(),
						open ? null : t.by().kind(), c.sifat(), t.returnReason(), t.returnedFromStep(),
						t.missingReason(), notified);
				if (open) {
					continue;
				}
				SimDelegation d = t.delegation();
				if (d != null) {
					Holder to = d.toHolder();
					cases.addDelegation(delegationIds[di++], taskId, t.by().personId(), t.by().positionId(),
							d.to().id(), to.personId(), "Mohon ditindaklanjuti sesuai ketentuan", "BIASA", d.at(),
							"CLOSED", "Sudah dikerjakan, mohon arahan lebih lanjut", d.reportedAt(), to.personId());
					event(chain, EventType.DELEGATED, sp.step().no(), taskId, t.by(), null, d.at(), d.to().title(),
							"Mohon ditindaklanjuti sesuai ketentuan");
					event(chain, EventType.REPORTED_BACK, sp.step().no(), taskId, to, null, d.reportedAt(), null,
							"Sudah dikerjakan, mohon arahan lebih lanjut");
				}
				if (t.uploaded()) {
					long documentId = documentIds[ui];
					long versionId = versionIds[ui++];
					Instant uploadedAt = t.completedAt()
						.minus(Math.min(5,
								Math.max(0, Duration.between(t.createdAt(), t.completedAt()).toMinutes() / 2)),
								ChronoUnit.MINUTES);
					byte[] bytes = ("%PDF-1.4\n% " + sp.step().output() + " " + caseId + "\n%%EOF\n")
						.getBytes(StandardCharsets.UTF_8);
					cases.addUpload(documentId, versionId, caseId, kabupatenId, taskId, sp.step().no(),
							sp.step().output(), "langkah-" + sp.step().no() + ".pdf", "application/pdf", bytes,
							contents, t.by().personId(), t.by().positionId(), uploadedAt);
					event(chain, EventType.DOCUMENT_UPLOADED, sp.step().no(), taskId, t.by(), onBehalfOf, uploadedAt,
							null, sp.step().output());
				}
				String note = (t.outcome().equals("TIDAK")) ? nextReason(c, t) : null;
				// as TaskMeasures.MEASURE computes it from the rows written here
				boolean definitive = "DEFINITIF".equals(t.by().kind());
				measures.add(taskId, caseId, kabupatenId, rev.revisionId(), rev.unitId(), sp.step().no(),
						sp.position().id(), t.completedAt(), t.dueAt(), t.outcome(),
						calendar.workingMinutesBetween(t.createdAt(), t.completedAt()),
						Duration.between(t.createdAt(), t.completedAt()).getSeconds() / 86_400.0,
						definitive && t.by().positionId().equals(sp.position().id()) && d == null,
						"PLT".equals(t.by().kind()) || "PLH".equals(t.by().kind()), d != null, t.uploaded(),
						!t.uploaded() && t.missingReason() != null,
						"TIDAK".equals(t.outcome()) ? ((note != null) ? note : "") : null);
				event(chain, EventType.STEP_COMPLETED, sp.step().no(), taskId, t.by(), onBehalfOf, t.completedAt(),
						t.outcome(), note);
				if ("TIDAK".equals(t.outcome())) {
					event(chain, EventType.STEP_RETURNED, sp.step().no(), taskId, t.by(), null, t.completedAt(),
							t.nextStep(), note);
				}
				if (t.nextStep() == null) {
					event(chain, EventType.CASE_FINISHED, sp.step().no(), taskId, t.by(), null, t.completedAt(), null,
							null);
				}
			}
		}
		return new Prepared(cases, events, measures, batch.size(), taskCount, events.size());
	}

	/** The reason a Tidak gave is carried by the task it created: the next one. */
	private static String nextReason(SimCase c, SimTask t) {
		int i = c.tasks().indexOf(t);
		return (i + 1 < c.tasks().size()) ? c.tasks().get(i + 1).returnReason() : null;
	}

	/** The next event of a case's chain, by the holder as the history records them. */
	private static void event(HistoryBulkLoad.Chain chain, EventType type, String stepNo, Long taskId, Holder actor,
			String onBehalfOf, Instant at, String outcome, String note) {
		if (actor == null) {
			chain.add(type, stepNo, taskId, null, null, null, null, null, onBehalfOf, at, outcome, note);
			return;
		}
		chain.add(type, stepNo, taskId, actor.personId(), actor.name(), actor.positionId(), actor.label(), actor.kind(),
				onBehalfOf, at, outcome, note);
	}

	/** Reserves registration numbers per kabupaten and year: [next, ...]. */
	private Map<String, int[]> registrationNumbers(List<SimCase> batch) {
		Map<String, Integer> counts = new HashMap<>();
		for (SimCase c : batch) {
			counts.merge(c.plan().revision().kabupatenId() + "/" + c.receivedOn().getYear(), 1, Integer::sum);
		}
		Map<String, int[]> next = new HashMap<>();
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			String[] key = e.getKey().split("/");
			next.put(e.getKey(), new int[] { this.caseLoad.reserveRegistrationNumbers(Long.parseLong(key[0]),
					Integer.parseInt(key[1]), e.getValue()) });
		}
		return next;
	}

}
