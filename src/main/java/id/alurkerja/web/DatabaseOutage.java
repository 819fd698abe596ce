package id.alurkerja.web;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether an exception means that PostgreSQL cannot be reached (down, restarting,
 * dropping connections, no connection within the pool's timeout), as opposed to a fault
 * of the request or of Alur. Such a failure is a 503 "service disturbed" page, never a
 * "wrong password" or a 500.
 */
final class DatabaseOutage {

	/**
	 * SQL states of a lost or refused connection: class 08 (connection exception), the
	 * server shutting down or starting (57P01-57P03), too many connections (53300).
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

	private static final String CLOSED = "Connection is closed";

	private DatabaseOutage() {
	}

	static boolean causedBy(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
			if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
				return true;
			}
			// the socket under a connection went away (a rollback on a connection the
			// server dropped fails with Hikari's "Connection is closed", no SQL state)
			if (t instanceof SocketException || t instanceof EOFException
					|| (t instanceof SQLException && CLOSED.equals(t.getMessage()))) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
