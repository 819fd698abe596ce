package id.alurkerja.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTests {

	@Test
	void aLostOrRefusedConnectionIsAnOutageWhereverItIsWrapped() {
		assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool timed out"))).isTrue();
		assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection"))).isTrue();
		assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("begin failed"))).isTrue();
		assertThat(DatabaseOutage.causedBy(new TransactionSystemException("Unable to rollback against JDBC Connection",
				new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
			.isTrue();
		assertThat(
				DatabaseOutage.causedBy(new InternalAuthenticationServiceException("account not read",
						new RuntimeException(
								new SQLException("terminating connection due to administrator command", "57P01")))))
			.isTrue();
		// the rollback on a connection the server dropped, as Hibernate and Hikari say it
		assertThat(DatabaseOutage
			.causedBy(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed")))))
			.isTrue();
		assertThat(DatabaseOutage.causedBy(new IllegalStateException(new java.net.ConnectException("refused"))))
			.isTrue();
	}

	@Test
	void aFaultOfTheRequestOrOfAlurIsNot() {
		assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage.causedBy(new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021")))
			.isFalse();
		assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
	}

}
