package org.recordsassistant.nccc.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.calendar.WorkingDays;
import org.recordsassistant.nccc.declaration.DeclarationService;
import org.recordsassistant.nccc.declaration.DeclarationSummary;
import org.recordsassistant.nccc.notification.OverviewCards.ExportForm;
import org.recordsassistant.nccc.notification.OverviewCards.Feedback;
import org.recordsassistant.nccc.notification.OverviewCards.Latest;
import org.recordsassistant.nccc.notification.OverviewCards.Overview;
import org.recordsassistant.nccc.notification.OverviewRepository.Notice;
import org.recordsassistant.nccc.notification.OverviewRepository.Scope;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.util.concurrent.CompletableFuture.completedFuture;

/**
 * The {@code iao} command: an IAO or deputy gets the overview of their area(s) and can email themselves
 * the register CSV ({@code iao.export}); anyone else learns what IAOs do and, when their area is known,
 * who theirs is. Whether someone is an IAO is decided by their Entra object id against the routing.
 */
final class IaoOverviewTurnHandler implements TurnHandler {
	private static final Logger log = LoggerFactory.getLogger(IaoOverviewTurnHandler.class);
	static final String COMMAND = "iao";
	static final int PENDING_SHOWN = 8;
	static final int LATEST_SHOWN = 5;
	static final String WHAT_IAOS_DO = "**Information Asset Owners (IAOs)** are the senior people accountable for the "
			+ "information in a business area. When someone in their area declares that they used a non-corporate "
			+ "channel (WhatsApp, Signal, text messages, private email) or files those messages, I tell their IAO, who "
			+ "acknowledges it or asks for more information. The **iao** overview is for IAOs and their deputies, and "
			+ "you aren't one in my settings.";
	static final String NOT_AN_IAO = "Only the IAO or deputy of a business area can export its register, and you "
			+ "aren't one in my settings. Type **iao** to see what IAOs do.";

	private final IaoRouting routing;
	private final OverviewRepository notices;
	private final DeclarationService declarations;
	private final RegisterExport export;
	private final OverdueRule rule;
	private final Clock clock;

	IaoOverviewTurnHandler(IaoRouting routing, OverviewRepository notices, DeclarationService declarations,
			RegisterExport export, OverdueRule rule, Clock clock) {
		this.routing = routing;
		this.notices = notices;
		this.declarations = declarations;
		this.export = export;
		this.rule = rule;
		this.clock = clock;
	}

	@Override
	public Set<String> commands() {
		return Set.of(COMMAND);
	}

	@Override
	public Set<String> verbs() {
		return Set.of(OverviewCards.EXPORT);
	}

	@Override
	public CompletableFuture<Void> onCommand(Turn turn, String command) {
		String userKey = turn.sender().userKey();
		Map<String, String> labels = declarations.businessAreas();
		IaoRouting.OwnerScope owner = routing.scopeOf(userKey, labels.keySet());
		if (!owner.isOwner()) {
			log.info("IAO overview refused: sender is not an IAO or deputy");
			return turn.sendText(WHAT_IAOS_DO + "\n\n" + whoIsYourIao(userKey, labels)).thenApply(id -> null);
		}
		Overview overview = overview(userKey, owner, labels);
		log.info("IAO overview sent: areas={} pending={} overdue={}", owner.areas().size(), overview.pending(),
				overview.overdue());
		LocalDate today = overview.today();
		return turn.sendCard(OverviewCards.overview(overview, null, new ExportForm(today.minusMonths(1), today, null)))
				.thenApply(id -> null);
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		String userKey = turn.sender().userKey();
		Map<String, String> labels = declarations.businessAreas();
		IaoRouting.OwnerScope owner = routing.scopeOf(userKey, labels.keySet());
		if (!owner.isOwner()) {
			log.info("Register export refused: sender is not an IAO or deputy");
			return completedFuture(CardActionResult.message(NOT_AN_IAO));
		}
		RegisterExport.Checked checked = export.check(action.data(), owner.areas());
		Feedback feedback;
		if (checked instanceof RegisterExport.Valid valid) {
			String label = labels.getOrDefault(valid.area(), valid.area());
			if (export.start(userKey, valid, label)) {
				log.info("Register export queued for area {}", valid.area());
				feedback = new Feedback("I'm preparing the register for " + Cards.escape(label) + " ("
						+ OverviewCards.DAY.format(valid.from()) + " to " + OverviewCards.DAY.format(valid.to())
						+ "). I'll email it to you as a CSV and tell you here when it's sent.", false);
			} else {
				feedback = new Feedback("I'm busy with other exports just now. Please try again in a minute.", true);
			}
		} else {
			log.info("Register export refused: invalid request");
			feedback = new Feedback(((RegisterExport.Invalid) checked).problem(), true);
		}
		Overview overview = overview(userKey, owner, labels);
		ExportForm form = new ExportForm(checked.from(), checked.to(), checked.area());
		return completedFuture(CardActionResult.replaceCard(OverviewCards.overview(overview, feedback, form)));
	}

	Overview overview(String userKey, IaoRouting.OwnerScope owner, Map<String, String> labels) {
		Instant now = clock.instant();
		Scope scope = Scope.of(owner, userKey);
		Map<String, String> areas = new LinkedHashMap<>();
		owner.areas().stream().sorted(Comparator.comparing(area -> labels.getOrDefault(area, area)))
				.forEach(area -> areas.put(area, labels.getOrDefault(area, area)));
		List<Instant> pendingSince = notices.pendingSince(scope);
		List<Latest> latest = notices.latest(scope, OverviewRepository.DECLARATIONS_AND_FILINGS, LATEST_SHOWN).stream()
				.map(notice -> new Latest(notice, declarationOf(notice))).toList();
		return new Overview(areas, owner.defaultOwner(), notices.countByStatus(scope), pendingSince.size(),
				rule.count(pendingSince, now), notices.oldestPending(scope, PENDING_SHOWN), latest, rule, now,
				LocalDate.ofInstant(now, WorkingDays.LONDON));
	}

	private Optional<DeclarationSummary> declarationOf(Notice notice) {
		boolean declaration = NoticeKinds.DECLARATION_SUBMITTED.equals(notice.kind())
				|| NoticeKinds.DECLARATION_AMENDED.equals(notice.kind());
		return declaration ? declarations.summary(notice.subjectRef()) : Optional.empty();
	}

	/** Their area comes from what they declared or filed last; the IAO's name from the directory. */
	private String whoIsYourIao(String userKey, Map<String, String> labels) {
		Optional<String> area = notices.latestAreaOfDeclarant(userKey)
				.or(() -> declarations.latestOpenFor(userKey).map(DeclarationSummary::businessArea));
		if (area.isEmpty()) {
			return "I don't know your business area yet (it comes from your declarations), so ask your records team "
					+ "who your IAO is.";
		}
		String label = "**" + Cards.escape(labels.getOrDefault(area.get(), area.get())) + "**";
		IaoRouting.Route route = routing.route(area.get());
		if (!route.hasIao()) {
			return "Going by your latest declaration, your business area is " + label + ", but no IAO is set up for it "
					+ "in my settings yet. Your records team can tell you who it is.";
		}
		Optional<String> name = routing.nameOf(route.iao()).map(n -> "**" + Cards.escape(n) + "**");
		String who = route.unrouted()
				? "it has no IAO of its own in my settings, so the default IAO" + name.map(n -> ", " + n + ",").orElse("")
						+ " covers it."
				: name.map(n -> "its IAO is " + n + ".")
						.orElse("it has an IAO in my settings, but I couldn't look up their name just now.");
		return "Going by your latest declaration, your business area is " + label + "; " + who;
	}
}
