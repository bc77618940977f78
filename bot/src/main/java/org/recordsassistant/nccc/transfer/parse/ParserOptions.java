package org.recordsassistant.nccc.transfer.parse;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * How to read an export.
 *
 * @param locale the user's locale: settles day-first against month-first when no date in the file does
 * @param zone the zone the phone was in, used to give each local time an offset (daylight saving aware)
 * @param attachments finds files that came with the chat
 */
public record ParserOptions(Locale locale, ZoneId zone, AttachmentLookup attachments) {

	/** The UK defaults: en-GB and Europe/London. */
	public static final Locale DEFAULT_LOCALE = Locale.UK;
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

	public ParserOptions {
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(attachments, "attachments");
	}

	/** en-GB, Europe/London, no attachment files. */
	public static ParserOptions defaults() {
		return new ParserOptions(DEFAULT_LOCALE, DEFAULT_ZONE, AttachmentLookup.NONE);
	}

	public ParserOptions withLocale(Locale newLocale) {
		return new ParserOptions(newLocale, zone, attachments);
	}

	public ParserOptions withZone(ZoneId newZone) {
		return new ParserOptions(locale, newZone, attachments);
	}

	public ParserOptions withAttachments(AttachmentLookup newAttachments) {
		return new ParserOptions(locale, zone, newAttachments);
	}
}
