package id.alurkerja.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

/**
 * Where faults and hostile input meet Alur before any controller: the outage page,
 * control characters, oversized uploads, and the pages Tomcat answers itself. The
 * filters' order around Spring Session's repository filter
 * ({@code Integer.MIN_VALUE + 50}) and Spring Security ({@code -100}) matters and is
 * explained on each.
 */
@Configuration(proxyBeanMethods = false)
class FaultsConfiguration {

	/** Outermost but the character encoding: it must see the session lookup fail. */
	@Bean
	FilterRegistrationBean<OutageFilter> outageFilter(ObjectProvider<ViewResolver> thymeleafViewResolver,
			ObjectProvider<LocaleResolver> localeResolver, MessageSource messages) {
		FilterRegistrationBean<OutageFilter> registration = new FilterRegistrationBean<>(
				new OutageFilter(thymeleafViewResolver, localeResolver, messages));
		registration.setOrder(Integer.MIN_VALUE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
		return registration;
	}

	/** Before anything reads a parameter (the sign-in, the CSRF check). */
	@Bean
	FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter() {
		FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(
				new ControlCharacterFilter());
		registration.setOrder(Integer.MIN_VALUE + 20);
		return registration;
	}

	/**
	 * After the session repository (the 413 page shows who is signed in), before
	 * security.
	 */
	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
			@Value("${server.error.path:/error}") String errorPath) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(errorPath));
		registration.setOrder(Integer.MIN_VALUE + 60);
		return registration;
	}

	/**
	 * What Tomcat refuses before the application sees it (a path that decodes above the
	 * root, an encoded NUL) gets Alur's plain page instead of "HTTP Status 400": the
	 * host's error report valve, which Boot adds, returns these files.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorPages(MessageSource messages) {
		return factory -> factory.addContextCustomizers(context -> {
			Map<String, String> pages = Map.of("400", "400", "404", "404", "405", "405", "413", "413", "500", "5xx",
					"503", "503", "0", "4xx");
			for (Valve valve : context.getParent().getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve report) {
					Path dir = writePages(messages, pages);
					pages.keySet()
						.forEach(code -> report.setProperty("errorCode." + code,
								dir.resolve(code + ".html").toAbsolutePath().toString()));
				}
			}
		});
	}

	private static Path writePages(MessageSource messages, Map<String, String> pages) {
		try {
			Path dir = Files.createTempDirectory("alur-error-pages");
			dir.toFile().deleteOnExit();
			for (Map.Entry<String, String> page : pages.entrySet()) {
				Path file = dir.resolve(page.getKey() + ".html");
				Files.writeString(file, PlainErrorPage.html(messages, WebConfiguration.INDONESIAN, page.getValue()),
						StandardCharsets.UTF_8);
				file.toFile().deleteOnExit();
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
