package org.recordsassistant.nccc.guidance;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ask job's wiring, without the rest of the application: supplement present, absent and mistyped. */
class GuidanceConfigurationTests {
	private final ApplicationContextRunner context = new ApplicationContextRunner()
			.withUserConfiguration(GuidanceConfiguration.class)
			.withBean(JdbcTemplate.class, () -> Mockito.mock(JdbcTemplate.class))
			.withBean(PlatformTransactionManager.class, () -> Mockito.mock(PlatformTransactionManager.class))
			.withBean(ProactiveMessenger.class, () -> Mockito.mock(ProactiveMessenger.class));

	@Test
	void loadsTheCentralKnowledgeBaseWhenNoSupplementIsSet() {
		context.run(app -> {
			assertThat(app).hasNotFailed();
			assertThat(app.getBean(KnowledgeBase.class).version()).isEqualTo("2026.11.2");
			assertThat(app.getBean(GuidanceProperties.class).questionRetention()).isEqualTo(Duration.ofDays(90));
			assertThat(app).hasSingleBean(GuidanceMatcher.class).hasSingleBean(GuidanceQuestionPurge.class)
					.hasSingleBean(RecordsTeamReplies.class).hasSingleBean(GuidanceDigest.class);
			assertThat(app.getBean(GuidanceProperties.class).contentOwners()).isEmpty();
		});
	}

	@Test
	void letsTheRecordsTeamUserAndListedMembersReply() {
		context.withPropertyValues("nccc.guidance.records-team-user=aad-team",
				"nccc.guidance.records-team-members=aad-one, aad-two", "nccc.guidance.content-owners=aad-owner")
				.run(app -> {
					GuidanceProperties properties = app.getBean(GuidanceProperties.class);
					assertThat(properties.repliers()).containsExactly("aad-team", "aad-one", "aad-two");
					assertThat(properties.contentOwners()).containsExactly("aad-owner");
				});
	}

	@Test
	void mergesTheSupplementNamedInConfiguration() {
		context.withPropertyValues("nccc.guidance.supplement=classpath:guidance/department-supplement.yaml").run(app ->
				assertThat(app.getBean(KnowledgeBase.class).find("transfer-deadline").orElseThrow().answer())
						.contains("10 working days"));
	}

	@Test
	void refusesToStartWhenTheSupplementFileIsMissing() {
		context.withPropertyValues("nccc.guidance.supplement=file:./no-such-department.yaml").run(app ->
				assertThat(app).hasFailed().getFailure().rootCause().hasMessageContaining("does not exist"));
	}
}
