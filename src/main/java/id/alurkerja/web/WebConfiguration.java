package id.alurkerja.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia first: {@code ?lang=en} switches to English and is remembered in a
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/**
	 * The offices' clock. The JVM's default zone is set to it as well, so that every time
	 * shown on a page or in a PDF is the office's local time, not the server's.
	 */
	@Bean
	Clock clock(@Value("${alur.time-zone:Asia/Jakarta}") ZoneId zone) {
		java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
		return Clock.system(zone);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("alur-lang");
		resolver.setDefaultLocale(INDONESIAN);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
