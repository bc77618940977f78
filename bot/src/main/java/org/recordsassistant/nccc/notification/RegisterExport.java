package org.recordsassistant.nccc.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.graphconnector.models.MailAttachment;
import org.recordsassistant.graphconnector.models.MailMessage;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.HtmlUtils;

/**
 * The register CSV for an IAO's area and date range, sent as an email attachment to the address the
 * directory holds for the IAO who clicked. Email, because a bot cannot put a file in a 1:1 chat without
 * a file-consent round trip, and a download link would hand the register (names, subjects, reasons) to
 * whoever holds the URL; the mailbox is tied to the person the directory says clicked. The export runs
 * in the background (a Graph mail can take longer than Teams waits for a button), and the bot says in
 * the chat when it was sent or why not.
 */
final class RegisterExport implements AutoCloseable {
	private static final Logger log = LoggerFactory.getLogger(RegisterExport.class);
	static final String CSV_TYPE = "text/csv; charset=UTF-8";
	/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
	private static final String BOM = "\uFEFF";

	/** Writes the register for one area; {@code DeclarationService::exportCsv} in the app. */
	@FunctionalInterface
	interface CsvSource {
		void write(String area, LocalDate from, LocalDate to, Writer out) throws IOException;
	}

	private final CsvSource register;
	private final Directory directory;
	private final Mailer mailer;
	private final BiConsumer<String, String> tell;
	private final Executor executor;
	private final NotificationProperties.Export limits;

	/** @param tell sends a chat message to a user (user key, markdown text); throws when it cannot */
	RegisterExport(CsvSource register, Directory directory, Mailer mailer, BiConsumer<String, String> tell,
			Executor executor, NotificationProperties.Export limits) {
		this.register = register;
		this.directory = directory;
		this.mailer = mailer;
		this.tell = tell;
		this.executor = executor;
		this.limits = limits;
	}

	/** What a click on the export button asked for, checked. */
	sealed interface Checked permits Valid, Invalid {
		LocalDate from();

		LocalDate to();

		String area();
	}

	record Valid(String area, LocalDate from, LocalDate to) implements Checked {
	}

	/** @param from and {@code to}: the dates that could be read, to keep them in the form; may be null */
	record Invalid(String problem, String area, LocalDate from, LocalDate to) implements Checked {
	}

	Checked check(ObjectNode data, Set<String> allowedAreas) {
		String area = data.path(OverviewCards.AREA).isTextual() ? data.get(OverviewCards.AREA).asText() : null;
		DateOrProblem from = date(data.get(OverviewCards.FROM), "start date (From)");
		DateOrProblem to = date(data.get(OverviewCards.TO), "end date (To)");
		String problem = from.problem() != null ? from.problem() : to.problem();
		if (problem == null && from.date().isAfter(to.date())) {
			problem = "The start date (" + from.date() + ") is after the end date (" + to.date() + "). Swap them, "
					+ "or choose an earlier start.";
		}
		if (problem == null) {
			long days = ChronoUnit.DAYS.between(from.date(), to.date()) + 1;
			if (days > limits.maxDays()) {
				problem = "That range covers " + days + " days; one export can cover at most " + limits.maxDays()
						+ " days. Choose a shorter range, and export the rest separately.";
			}
		}
		if (problem == null && (area == null || !allowedAreas.contains(area))) {
			problem = area == null ? "The card did not say which business area to export. Type **iao** for a new card."
					: "You are not the IAO or deputy for that business area, so I can't export its register.";
		}
		return problem == null ? new Valid(area, from.date(), to.date())
				: new Invalid(problem, area, from.date(), to.date());
	}

	private record DateOrProblem(LocalDate date, String problem) {
	}

	private static DateOrProblem date(JsonNode value, String name) {
		if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
			return new DateOrProblem(null, "Choose the " + name + ".");
		}
		if (!value.isTextual()) {
			return new DateOrProblem(null, "The " + name + " must be a date like 2026-03-01, not a "
					+ value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
		}
		String text = value.asText().strip();
		try {
			return new DateOrProblem(LocalDate.parse(text), null);
		} catch (DateTimeParseException e) {
			String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
			return new DateOrProblem(null, "The " + name + " '" + Cards.escape(shown) + "' is not a date I can read: "
					+ "use the date picker, or the form 2026-03-01.");
		}
	}

	/**
	 * Queues the export for the background.
	 *
	 * @return false when too many exports are already waiting
	 */
	boolean start(String userKey, Valid request, String areaLabel) {
		try {
			executor.execute(() -> run(userKey, request, areaLabel));
			return true;
		} catch (RejectedExecutionException e) {
			log.warn("Register export refused: the export queue is full");
			return false;
		}
	}

	void run(String userKey, Valid request, String areaLabel) {
		String period = OverviewCards.DAY.format(request.from()) + " to " + OverviewCards.DAY.format(request.to());
		String what = "the declaration register for **" + Cards.escape(areaLabel) + "** (" + period + ")";
		try {
			Optional<String> address = addressOf(userKey);
			if (address.isEmpty()) {
				tell(userKey, "I couldn't email you " + what + ": the directory has no email address for you. Ask "
						+ "your IT service desk to check your directory entry, then try again.");
				return;
			}
			byte[] csv = csv(request);
			if (csv == null) {
				tell(userKey, "I couldn't email you " + what + ": the CSV would be larger than " + size(limits.maxSize())
						+ ", more than I can attach. Choose a shorter date range and export it in parts.");
				return;
			}
			String file = "nccc-register-" + request.area() + "-" + request.from() + "-to-" + request.to() + ".csv";
			mailer.send(new MailMessage(List.of(address.get()), "NCCC declaration register: " + areaLabel + ", " + period,
					mailBody(areaLabel, period), List.of(new MailAttachment(file, CSV_TYPE, csv))));
			log.info("Register export for area {} emailed ({} bytes)", request.area(), csv.length);
			tell(userKey, "I've emailed you " + what + " as a CSV attachment. It holds personal data: keep it in "
					+ "corporate systems and delete it when you no longer need it.");
		} catch (IOException | RuntimeException e) {
			log.warn("Register export for area {} failed: {}", request.area(), e.getClass().getSimpleName());
			tell(userKey, "Sorry, I couldn't email you " + what + " just now (the directory or mail service did not "
					+ "answer). Please try again in a few minutes.");
		}
	}

	private static String size(DataSize size) {
		return size.toMegabytes() >= 1 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
	}

	private Optional<String> addressOf(String userKey) {
		return directory.findUser(userKey).flatMap(DirectoryUser::emailAddress);
	}

	/** @return the CSV, or null when it would pass the size limit */
	private byte[] csv(Valid request) throws IOException {
		LimitedBuffer buffer = new LimitedBuffer(limits.maxSize().toBytes());
		try (Writer out = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
			out.write(BOM);
			register.write(request.area(), request.from(), request.to(), out);
		} catch (LimitedBuffer.Full e) {
			return null;
		}
		return buffer.toByteArray();
	}

	private static String mailBody(String areaLabel, String period) {
		return "<p>Attached is the NCCC declaration register for <b>" + HtmlUtils.htmlEscape(areaLabel) + "</b>: every "
				+ "declaration whose messages fall at least partly between " + period + ", with its current values.</p>"
				+ "<p>It holds personal data (names, counterparties, subjects and reasons). Keep it in corporate systems "
				+ "and delete it when you no longer need it.</p><p>You asked for it from the IAO overview in Teams.</p>";
	}

	private void tell(String userKey, String text) {
		try {
			tell.accept(userKey, text);
		} catch (RuntimeException e) {
			log.warn("Could not tell the IAO how their register export went: {}", e.getClass().getSimpleName());
		}
	}

	/** Stops the export threads at shutdown; an export cut short is just asked for again. */
	@Override
	public void close() {
		if (executor instanceof ExecutorService service) {
			service.shutdownNow();
		}
	}

	/** Stops the CSV at the size limit instead of building a mail Graph would refuse. */
	private static final class LimitedBuffer extends OutputStream {
		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		private final long limit;

		LimitedBuffer(long limit) {
			this.limit = limit;
		}

		static final class Full extends IOException {
			Full() {
				super("export larger than the limit");
			}
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			if (bytes.size() + (long) len > limit) {
				throw new Full();
			}
			bytes.write(b, off, len);
		}

		byte[] toByteArray() {
			return bytes.toByteArray();
		}
	}
}
