package id.alurkerja.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.alurkerja.org.AlurUser;
import id.alurkerja.org.Holding;
import id.alurkerja.org.KabupatenView;
import id.alurkerja.org.OrgDirectory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts who is signed in (name, positions held today, office) into every page's model for
 * the layout's header. A page rendered by an {@code @ExceptionHandler} (a case not found,
 * not allowed) has no model attributes of the advice: the layout asks {@link #current()}
 * then, so that every error page keeps the navigation.
 */
@ControllerAdvice
class CurrentUserAdvice {

	/** What the header shows of the signed-in user. */
	record Header(String name, List<String> positions, String office, boolean admin) {
	}

	private final OrgDirectory directory;

	private final Clock clock;

	CurrentUserAdvice(OrgDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** The header for the user of this request, for pages whose model has none. */
	public Header current() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return (signedIn != null && signedIn.getPrincipal() instanceof AlurUser user) ? header(user) : null;
	}

	@ModelAttribute("header")
	Header header(@AuthenticationPrincipal AlurUser user) {
		if (user == null) {
			return null;
		}
		List<Holding> held = this.directory.positionsHeldBy(user.personId(), LocalDate.now(this.clock));
		String office = this.directory.kabupaten(user.kabupatenId()).map(KabupatenView::name).orElse("");
		if (!held.isEmpty()) {
			office = held.get(0).position().unitName() + ", " + office;
		}
		return new Header(user.displayName(), held.stream().map(Holding::positionLabel).toList(), office, user.admin());
	}

}
