package org.recordsassistant.nccc.guidance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuidanceAnalyzerTests {
	private final GuidanceAnalyzer analyzer = new GuidanceAnalyzer();

	@Test
	void mapsWhatsAppSpellingsToOneTerm() {
		assertThat(analyzer.terms("WA")).isEqualTo(analyzer.terms("WhatsApp"));
		assertThat(analyzer.terms("whats app")).isEqualTo(analyzer.terms("whatsapp"));
		assertThat(analyzer.terms("WhatsApp's")).isEqualTo(analyzer.terms("whatsapp"));
	}

	@Test
	void mapsSpecialAdviserToSpad() {
		assertThat(analyzer.terms("special advisers")).isEqualTo(analyzer.terms("SpAd"));
	}

	@Test
	void treatsTextsAndImessageAsSms() {
		assertThat(analyzer.terms("text messages")).isEqualTo(analyzer.terms("iMessage")).isEqualTo(analyzer.terms("SMS"));
	}

	@Test
	void treatsFoiNamesAlike() {
		assertThat(analyzer.terms("Freedom of Information")).isEqualTo(analyzer.terms("FOIA"));
	}

	@Test
	void treatsDisappearingAndAutoDeleteAlike() {
		assertThat(analyzer.terms("auto-delete")).isEqualTo(analyzer.terms("vanishing messages").subList(0, 1));
	}

	@Test
	void keepsStaffLeaveApartFromLeavers() {
		assertThat(analyzer.terms("annual leave")).doesNotContainAnyElementsOf(analyzer.terms("leavers"));
	}

	@Test
	void dropsQuestionWordsFoldsAccentsAndStems() {
		assertThat(analyzer.terms("How can I keep my exported chats?")).containsExactly("keep", "export", "messag");
		assertThat(analyzer.terms("café")).containsExactly("cafe");
	}
}
