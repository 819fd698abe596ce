package id.alurkerja.casework;

import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements sent to the database, as StatementsPerPageTests does, but
 * only those of the thread inside {@link #counted}: the scheduled jobs of the application
 * run on other threads and are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

	private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor statementCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
						&& !name.contains("Proxy")) {
					return ProxyDataSourceBuilder.create(dataSource).listener(new QueryExecutionListener() {
						@Override
						public void beforeQuery(ExecutionInfo info, List<QueryInfo> queries) {
						}

						@Override
						public void afterQuery(ExecutionInfo info, List<QueryInfo> queries) {
							long[] counter = COUNTING.get();
							if (counter != null) {
								counter[0] += queries.size();
							}
						}
					}).build();
				}
				return bean;
			}
		};
	}

	/** What an action returned and how many statements it sent. */
	record Counted<T>(T value, long statements) {
	}

	static <T> Counted<T> counted(Supplier<T> action) {
		long[] counter = new long[1];
		COUNTING.set(counter);
		try {
			T value = action.get();
			return new Counted<>(value, counter[0]);
		}
		finally {
			COUNTING.remove();
		}
	}

	static long statements(Runnable action) {
		return counted(() -> {
			action.run();
			return null;
		}).statements();
	}

}
