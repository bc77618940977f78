package org.recordsassistant.nccc.guidance;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ask job's wiring, without the rest of the application: supplement present, absent and mistyped. */
class GuidanceConfigurationTests {
	private final ApplicationContextRunner context = new ApplicationContextRunner()
			.withUserConfiguration(GuidanceConfiguration.class)
			.withBean(JdbcTemplate.class, () -> Mockito.mock(JdbcTemplate.class))
			.withBean(ProactiveMessenger.class, () -> Mockito.mock(ProactiveMessenger.class));

	@Test
	void loadsTheCentralKnowledgeBaseWhenNoSupplementIsSet() {
		context.run(app -> {
			assertThat(app).hasNotFailed();
			assertThat(app.getBean(KnowledgeBase.class).version()).isEqualTo("2026.11.1");
			assertThat(app.getBean(GuidanceProperties.class).questionRetention()).isEqualTo(Duration.ofDays(90));
			assertThat(app).hasSingleBean(GuidanceMatcher.class).hasSingleBean(GuidanceQuestionPurge.class);
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
