package id.alurkerja.org;

import id.alurkerja.database.EmbeddedDatabaseCondition;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data is loaded when {@code alur.demo} (env {@code ALUR_DEMO}) says so, and by
 * default only on the embedded database: a production database never gets demo accounts
 * unasked.
 */
public class DemoDataCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return demoEnabled(context.getEnvironment());
	}

	public static boolean demoEnabled(Environment environment) {
		Boolean demo = environment.getProperty("alur.demo", Boolean.class);
		return (demo != null) ? demo : EmbeddedDatabaseCondition.isEmbedded(environment);
	}

}
