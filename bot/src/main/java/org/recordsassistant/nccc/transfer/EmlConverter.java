package org.recordsassistant.nccc.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedFileInputStream;
import org.recordsassistant.nccc.transfer.parse.Attachment;
import org.recordsassistant.nccc.transfer.parse.ChatMessage;
import org.recordsassistant.nccc.transfer.parse.DirectConversationWriter;
import org.recordsassistant.nccc.transfer.parse.ExportFormat;
import org.recordsassistant.nccc.transfer.parse.MessageFlag;
import org.recordsassistant.nccc.transfer.parse.MessageKind;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.recordsassistant.nccc.transfer.parse.SourceInfo;

/**
 * Reads an {@code .eml} into the normalised conversation JSON: one message, from as author, Date as timestamp,
 * subject, recipients and the plain-text body (or the HTML body made into simple text) as text. Attachments are
 * extracted to {@code attachments/} in the job folder and listed with name, size and SHA-256. The message is read
 * from disk ({@link SharedFileInputStream}), not into memory; body text is capped at {@value #MAX_BODY_CHARS}
 * characters (the full email stays in the original).
 */
final class EmlConverter {
	static final String ATTACHMENTS_FOLDER = "attachments";
	static final int MAX_BODY_CHARS = 4 * 1024 * 1024;
	private static final int MAX_PARTS = 500;
	private static final int MAX_DEPTH = 10;
	private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
	private static final Pattern LINE_BREAKING_TAG = Pattern.compile("(?i)<\\s*(br|/p|/div|/tr|/li|/h[1-6])\\b[^>]*>");
	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	/** The email could not be read as an email at all. */
	static final class UnreadableEmailException extends RuntimeException {
		UnreadableEmailException(String detail, Throwable cause) {
			super(detail, cause);
		}
	}

	private EmlConverter() {
	}

	static ParseSummary convert(Path eml, SourceInfo source, Path jobFolder, OutputStream json, Locale locale,
			ZoneId zone, OffsetDateTime receivedAt) {
		try (SharedFileInputStream in = new SharedFileInputStream(eml.toFile())) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			Body body = new Body();
			walk(message, jobFolder.resolve(ATTACHMENTS_FOLDER), body, 0);
			OffsetDateTime sent = message.getSentDate() == null ? receivedAt
					: OffsetDateTime.ofInstant(message.getSentDate().toInstant(), zone);
			LocalDateTime local = sent.atZoneSameInstant(zone).toLocalDateTime();
			String text = header("Subject", decoded(message.getSubject()))
					+ header("To", addresses(message.getRecipients(Message.RecipientType.TO)))
					+ header("Cc", addresses(message.getRecipients(Message.RecipientType.CC))) + "\n" + body.text();
			ChatMessage chat = new ChatMessage(0, 1, local, sent.atZoneSameInstant(zone).toOffsetDateTime(),
					author(message), null, text, MessageKind.MESSAGE, body.attachments, EnumSet.noneOf(MessageFlag.class));
			return DirectConversationWriter.write(json, source, ExportFormat.EMAIL, zone, locale, List.of(chat));
		}
		catch (MessagingException ex) {
			throw new UnreadableEmailException(ex.getClass().getSimpleName(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void walk(Part part, Path attachmentFolder, Body body, int depth)
			throws MessagingException, IOException {
		if (depth > MAX_DEPTH || body.parts++ > MAX_PARTS) {
			return;
		}
		String fileName = decoded(part.getFileName());
		boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
		if (!attachment && part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				walk(child, attachmentFolder, body, depth + 1);
			}
			return;
		}
		if (!attachment && part.isMimeType("text/plain") && body.plain == null) {
			body.plain = readText(part);
			return;
		}
		if (!attachment && part.isMimeType("text/html") && body.html == null) {
			body.html = readText(part);
			return;
		}
		if (attachment || part.isMimeType("message/rfc822") || !part.isMimeType("text/*")) {
			body.attachments.add(extract(part, fileName, attachmentFolder, body));
		}
	}

	private static Attachment extract(Part part, String fileName, Path folder, Body body)
			throws MessagingException, IOException {
		String name = AttachmentDownloader.safeName(fileName != null ? fileName
				: part.isMimeType("message/rfc822") ? "attached-message.eml" : "attachment.bin");
		name = unique(name, body.names);
		Files.createDirectories(folder);
		Path target = folder.resolve(name);
		MessageDigest sha256 = sha256();
		long size;
		try (InputStream in = part.getInputStream();
				OutputStream out = new DigestOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW),
						sha256)) {
			size = in.transferTo(out);
		}
		return new Attachment(name, true, size, HexFormat.of().formatHex(sha256.digest()));
	}

	private static String unique(String name, Set<String> taken) {
		String candidate = name;
		int dot = name.lastIndexOf('.');
		for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
		}
		return candidate;
	}

	private static String readText(Part part) throws MessagingException, IOException {
		Charset charset = StandardCharsets.UTF_8;
		try {
			String declared = new ContentType(part.getContentType()).getParameter("charset");
			if (declared != null) {
				charset = Charset.forName(MimeUtility.javaCharset(declared));
			}
		}
		catch (RuntimeException | MessagingException ex) {
			// unknown or malformed charset: read as UTF-8, which keeps ASCII intact
		}
		try (InputStream in = part.getInputStream()) {
			String text = new String(in.readNBytes(MAX_BODY_CHARS), charset);
			return text.replace("\r\n", "\n");
		}
	}

	/** Simple HTML to text: drop scripts and styles, break lines at block ends, drop tags, decode common entities. */
	static String htmlToText(String html) {
		String text = SCRIPT_OR_STYLE.matcher(html).replaceAll("");
		text = LINE_BREAKING_TAG.matcher(text).replaceAll("\n");
		text = TAG.matcher(text).replaceAll("");
		text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
				.replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
		text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
		return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
	}

	private static String author(MimeMessage message) throws MessagingException {
		Address[] from = message.getFrom();
		return from == null || from.length == 0 ? null : addresses(from);
	}

	private static String addresses(Address[] addresses) {
		if (addresses == null || addresses.length == 0) {
			return null;
		}
		List<String> shown = new ArrayList<>();
		for (Address address : addresses) {
			shown.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
		}
		return String.join(", ", shown);
	}

	private static String header(String name, String value) {
		return value == null || value.isBlank() ? "" : name + ": " + value + "\n";
	}

	private static String decoded(String value) {
		if (value == null) {
			return null;
		}
		try {
			return MimeUtility.decodeText(value);
		}
		catch (IOException ex) {
			return value;
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class Body {
		private final List<Attachment> attachments = new ArrayList<>();
		private final Set<String> names = new HashSet<>();
		private String plain;
		private String html;
		private int parts;

		String text() {
			if (plain != null) {
				return plain.strip();
			}
			return html != null ? htmlToText(html) : "";
		}
	}
}
