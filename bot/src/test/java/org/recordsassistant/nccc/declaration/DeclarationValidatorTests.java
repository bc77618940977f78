package org.recordsassistant.nccc.declaration;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.testing.TestClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every declaration rule, each with the message the user sees next to the field. */
class DeclarationValidatorTests {
	// 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (British Summer Time).
	private static final Instant NOW = Instant.parse("2026-03-31T23:30:00Z");
	private static final LocalDate TODAY_IN_LONDON = LocalDate.parse("2026-04-01");
	private final DeclarationValidator validator = new DeclarationValidator(Register.AREAS, new TestClock(NOW));

	private static ObjectNode valid() {
		ObjectNode data = CardData.valid();
		data.put("dateFrom", TODAY_IN_LONDON.minusDays(2).toString());
		data.put("dateTo", TODAY_IN_LONDON.toString());
		return data;
	}

	private static ObjectNode withoutReason() {
		ObjectNode data = valid();
		data.remove("reason");
		return data;
	}

	private DeclarationValidator.Result validate(ObjectNode data) {
		return validator.validate(data);
	}

	private String errorFor(ObjectNode data, String field) {
		DeclarationValidator.Result result = validate(data);
		assertThat(result.valid()).as("valid").isFalse();
		assertThat(result.form()).as("no form when invalid").isNull();
		return result.errors().get(field);
	}

	@Test
	void acceptsACompleteDeclaration() {
		DeclarationValidator.Result result = validate(valid());
		assertThat(result.errors()).isEmpty();
		assertThat(result.form().dateTo()).isEqualTo(TODAY_IN_LONDON);
		assertThat(result.form().external()).isTrue();
		assertThat(result.form().awaitsTransfer()).isTrue();
	}

	@Nested
	class Required {
		@Test
		void rejectsMissingFieldsEachByName() {
			DeclarationValidator.Result result = validate(JsonNodeFactory.instance.objectNode());
			assertThat(result.errors()).containsEntry("channel", "Channel is required.")
					.containsEntry("subject", "Subject is required.").containsEntry("dateTo", "Date to is required.")
					.containsEntry("businessArea", "Business area is required.")
					.doesNotContainKeys("external", "disappearing", "holds", "reason", "channelOther");
		}

		@Test
		void rejectsBlankText() {
			assertThat(errorFor(valid().put("counterparties", "   "), "counterparties")).isEqualTo("Who was involved is required.");
		}

		@Test
		void requiresTheOtherChannelNameWhenChannelIsOther() {
			assertThat(errorFor(valid().put("channel", "other"), "channelOther")).isEqualTo("Other channel is required.");
			assertThat(validate(valid().put("channel", "other").put("channelOther", "Telegram")).form().channelOther())
					.isEqualTo("Telegram");
		}

		@Test
		void dropsTheOtherChannelNameWhenChannelIsNotOther() {
			assertThat(validate(valid().put("channelOther", "Telegram")).form().channelOther()).isNull();
		}

		@Test
		void requiresAReasonForSignificantInformationOnAPersonalDevice() {
			assertThat(errorFor(withoutReason().put("device", "personal").put("significant", "advice"), "reason"))
					.isEqualTo("Why a corporate channel was not used is required.");
		}

		@Test
		void needsNoReasonForLogisticalMessagesOrACorporateDevice() {
			assertThat(validate(withoutReason().put("significant", "logistical")).valid()).isTrue();
			assertThat(validate(withoutReason().put("device", "corporate")).valid()).isTrue();
		}
	}

	@Nested
	class Dates {
		@Test
		void rejectsDateToInTheFuture() {
			assertThat(errorFor(valid().put("dateTo", TODAY_IN_LONDON.plusDays(1).toString()), "dateTo"))
					.isEqualTo("Date to can't be in the future.");
		}

		@Test
		void rejectsDateFromInTheFuture() {
			assertThat(errorFor(valid().put("dateFrom", TODAY_IN_LONDON.plusDays(1).toString()), "dateFrom"))
					.isEqualTo("Date from can't be in the future.");
		}

		@Test
		void judgesTodayInLondonNotUtc() {
			// In UTC it is still 31 March, but 1 April has begun in London and is not in the future.
			assertThat(validate(valid().put("dateTo", "2026-04-01")).valid()).isTrue();
			assertThat(validate(valid().put("dateTo", "2026-04-02")).errors()).containsKey("dateTo");
		}

		@Test
		void rejectsDateToBeforeDateFrom() {
			assertThat(errorFor(valid().put("dateFrom", "2026-03-20").put("dateTo", "2026-03-19"), "dateTo"))
					.isEqualTo("Date to can't be before date from.");
		}

		@Test
		void rejectsDatesThatAreNotStrictIso() {
			for (String bad : new String[] { "31/03/2026", "2026-02-30", "2026-3-1", "2026-03-01T10:00", "yesterday" }) {
				assertThat(errorFor(valid().put("dateFrom", bad), "dateFrom")).as(bad)
						.isEqualTo("Date from must be a real date written yyyy-mm-dd, for example 2026-03-31.");
			}
		}
	}

	@Nested
	class Options {
		@Test
		void rejectsUnknownOptionKeys() {
			assertThat(errorFor(valid().put("channel", "carrier-pigeon"), "channel"))
					.isEqualTo("Choose one of the options for Channel.");
			assertThat(errorFor(valid().put("significant", "gossip"), "significant"))
					.isEqualTo("Choose one of the options for What kind of information.");
		}

		@Test
		void rejectsABusinessAreaThatIsNotConfigured() {
			assertThat(errorFor(valid().put("businessArea", "space-programme"), "businessArea"))
					.isEqualTo("Choose one of the listed business areas.");
		}

		@Test
		void rejectsToggleValuesOtherThanTrueOrFalse() {
			assertThat(errorFor(valid().put("holds", "maybe"), "holds"))
					.isEqualTo("Related to an FOI request, SAR, inquiry or litigation must be yes (true) or no (false).");
		}

		@Test
		void acceptsJsonBooleansForToggles() {
			assertThat(validate(valid().put("disappearing", true)).form().disappearing()).isTrue();
		}
	}

	@Nested
	class BadInput {
		@Test
		void rejectsNumbersListsAndObjectsWhereTextIsExpected() {
			ObjectNode data = valid().put("subject", 42);
			data.putArray("channel").add("whatsapp");
			data.putObject("counterparties").put("name", "x");
			DeclarationValidator.Result result = validate(data);
			assertThat(result.errors()).containsEntry("subject", "Subject arrived as a number, not text. Please fill it in again.")
					.containsEntry("channel", "Channel arrived as a list, not text. Please fill it in again.")
					.containsEntry("counterparties", "Who was involved arrived as an object, not text. Please fill it in again.");
		}

		@Test
		void rejectsOverlongTextAndKeepsOnlyTheAllowedLengthForReshowing() {
			String huge = "x".repeat(100 * 1024);
			DeclarationValidator.Result result = validate(valid().put("subject", huge).put("counterparties", huge)
					.put("reason", huge).put("channel", "other").put("channelOther", huge));
			assertThat(result.errors()).containsEntry("subject",
					"Subject is too long: at most 200 characters. I kept the first 200; please check it.");
			assertThat(result.errors().get("counterparties")).startsWith("Who was involved is too long: at most 500");
			assertThat(result.errors().get("reason")).contains("at most 2000");
			assertThat(result.errors().get("channelOther")).contains("at most 100");
			assertThat(result.values().get("subject")).hasSize(200);
		}

		@Test
		void rejectsHugeOptionKeysAndDatesWithoutKeepingThem() {
			String huge = "z".repeat(100 * 1024);
			DeclarationValidator.Result result = validate(valid().put("channel", huge).put("dateTo", huge));
			assertThat(result.errors()).containsEntry("channel", "Choose one of the options for Channel.")
					.containsEntry("dateTo", "Date to must be a real date written yyyy-mm-dd, for example 2026-03-31.");
			assertThat(result.values()).doesNotContainKeys("channel", "dateTo");
		}

		@Test
		void secretStopsValidationOfEverythingButTheBusinessArea() {
			DeclarationValidator.Result result = validate(JsonNodeFactory.instance.objectNode()
					.put("classification", "secret-or-above").put("businessArea", "finance").put("dateTo", "not a date"));
			assertThat(result.secret()).isTrue();
			assertThat(result.valid()).isTrue();
			assertThat(result.form()).isNull();
		}

		@Test
		void secretStillNeedsAKnownBusinessAreaToTellTheRightIao() {
			DeclarationValidator.Result result = validate(JsonNodeFactory.instance.objectNode()
					.put("classification", "secret-or-above"));
			assertThat(result.errors()).containsOnlyKeys("businessArea");
		}
	}
}
