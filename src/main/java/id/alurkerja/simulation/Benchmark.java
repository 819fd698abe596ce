package id.alurkerja.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.alurkerja.casework.CaseBulkLoad;
import id.alurkerja.org.AlurUser;
import id.alurkerja.org.KabupatenView;
import id.alurkerja.org.OrgDirectory;
import id.alurkerja.org.UnitView;
import id.alurkerja.reports.MeasureBulkLoad;
import id.alurkerja.reports.evaluation.Dashboard;
import id.alurkerja.reports.evaluation.EvaluationService;
import id.alurkerja.reports.evaluation.Period;
import id.alurkerja.reports.evaluation.ReportScope.Viewer;
import id.alurkerja.sop.SopCatalog;
import id.alurkerja.sop.SopSummary;
import org.jsoup.Jsoup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * {@code --alur.benchmark=true}: times the evaluation of every SOP over the past year and
 * every kabupaten's dashboard (as its admin sees it), {@value #RUNS} runs each after one
 * warm-up, prints median and worst in milliseconds, then stops the application. With
 * {@code --alur.benchmark.users=a,b --alur.benchmark.password=...} it also signs in as
 * each of those users over HTTP and times the pages themselves ({@code /reports} and
 * {@code /reports/sop/{code}} of every SOP of the user's kabupaten), rendering and charts
 * included. Runs after the generator when both are given. Not a test: see README.
 */
@Component
@ConditionalOnProperty(name = "alur.benchmark", havingValue = "true")
@Order(50)
class Benchmark implements ApplicationRunner {

	static final int RUNS = 5;

	private final EvaluationService evaluations;

	private final Dashboard dashboard;

	private final SopCatalog catalog;

	private final OrgDirectory directory;

	private final UserDetailsService accounts;

	private final CaseBulkLoad cases;

	private final Clock clock;

	private final ConfigurableApplicationContext context;

	private final boolean exit;

	private final MeasureBulkLoad measures;

	private final List<String> users;

	private final String password;

	private final Environment environment;

	Benchmark(MeasureBulkLoad measures, EvaluationService evaluations, Dashboard dashboard, SopCatalog catalog,
			OrgDirectory directory, UserDetailsService accounts, CaseBulkLoad cases, Clock clock,
			ConfigurableApplicationContext context, @Value("${alur.benchmark.exit:true}") boolean exit,
			@Value("${alur.benchmark.users:}") List<String> users,
			@Value("${alur.benchmark.password:}") String password, Environment environment) {
		this.measures = measures;
		this.users = users.stream().filter(u -> !u.isBlank()).toList();
		this.password = password;
		this.environment = environment;
		this.evaluations = evaluations;
		this.dashboard = dashboard;
		this.catalog = catalog;
		this.directory = directory;
		this.accounts = accounts;
		this.cases = cases;
		this.clock = clock;
		this.context = context;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		long refresh = System.nanoTime();
		int measured = this.measures.refresh();
		System.out.printf("BENCHMARK task measures caught up: %d tasks measured in %d ms%n", measured,
				(System.nanoTime() - refresh) / 1_000_000);
		Period year = Period.preset(null, LocalDate.now(this.clock));
		CaseBulkLoad.Totals totals = this.cases.totals();
		System.out.printf("BENCHMARK on %d cases, %d tasks; period %s..%s; %d runs after a warm-up%n", totals.cases(),
				totals.tasks(), year.from(), year.to(), RUNS);
		for (KabupatenView k : this.directory.kabupatens()) {
			Long kabupatenId = k.id();
			for (SopSummary sop : this.catalog.catalogue(kabupatenId, null)) {
				time("evaluation " + sop.code(),
						() -> this.evaluations.evaluate(kabupatenId, sop.code(), null, year, null).orElseThrow());
			}
			Set<Long> units = this.directory.units(kabupatenId)
				.stream()
				.map(UnitView::id)
				.collect(Collectors.toUnmodifiableSet());
			Viewer admin = new Viewer(kabupatenId, null, true, units, "benchmark", "admin");
			time("dashboard " + k.name(), () -> this.dashboard.view(admin));
		}
		for (String user : this.users) {
			pages(user);
		}
		if (this.exit) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

	/** Signs in as the user through the login form and times the report pages. */
	private void pages(String user) {
		String base = "http://localhost:" + this.environment.getProperty("local.server.port");
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String login = get(http, base + "/login");
		String csrf = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
		String form = "username=" + encode(user) + "&password=" + encode(this.password) + "&_csrf=" + encode(csrf);
		HttpResponse<String> signedIn = send(http,
				HttpRequest.newBuilder(URI.create(base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
		if (!signedIn.uri().getPath().startsWith("/inbox")) {
			System.out.printf("BENCHMARK page: %s could not sign in (ended at %s)%n", user, signedIn.uri());
			return;
		}
		Long kabupatenId = ((AlurUser) this.accounts.loadUserByUsername(user)).kabupatenId();
		time("page /reports as " + user, () -> get(http, base + "/reports"));
		for (SopSummary sop : this.catalog.catalogue(kabupatenId, null)) {
			time("page /reports/sop/" + sop.code(), () -> get(http, base + "/reports/sop/" + sop.code()));
		}
	}

	private static String get(HttpClient http, String url) {
		HttpResponse<String> response = send(http, HttpRequest.newBuilder(URI.create(url)).GET().build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void time(String what, Runnable action) {
		action.run();
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			action.run();
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		Collections.sort(millis);
		System.out.printf("BENCHMARK %-45s median %6d ms  worst %6d ms  %s%n", what, millis.get(RUNS / 2),
				millis.get(RUNS - 1), (millis.get(RUNS - 1) < 2000) ? "< 2 s" : "OVER 2 s");
	}

}
