package id.alurkerja.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the web module configures for the others (the clock, the password encoder), for
 * {@code @ApplicationModuleTest} slices that start without it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WebModuleBeans {

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Jakarta"));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
