package org.recordsassistant.nccc.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the Ask job: knowledge base (with the optional supplement), index, matcher, storage, escalation
 * and the records team's replies, the content owner's digest and the retention purge.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(GuidanceProperties.class)
class GuidanceConfiguration {
	static final String CENTRAL = "classpath:guidance/knowledge-base.yaml";

	@Bean
	KnowledgeBase guidanceKnowledgeBase(GuidanceProperties properties, ResourceLoader resources) {
		try (InputStream central = resources.getResource(CENTRAL).getInputStream()) {
			if (properties.supplement().isBlank()) {
				return KnowledgeBaseLoader.load(central, null);
			}
			Resource supplement = resources.getResource(properties.supplement());
			if (!supplement.exists()) {
				throw new IllegalStateException("nccc.guidance.supplement points at a file that does not exist: "
						+ properties.supplement() + ". Fix the path or remove the setting.");
			}
			return KnowledgeBaseLoader.load(central, supplement.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the guidance knowledge base", e);
		}
	}

	@Bean
	GuidanceIndex guidanceIndex(KnowledgeBase guidanceKnowledgeBase) {
		return new GuidanceIndex(guidanceKnowledgeBase, new GuidanceAnalyzer());
	}

	@Bean
	GuidanceMatcher guidanceMatcher(GuidanceIndex guidanceIndex) {
		return new GuidanceMatcher(guidanceIndex);
	}

	@Bean
	GuidanceStore guidanceStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		return new JdbcGuidanceStore(JdbcClient.create(jdbc), Clock.systemUTC(), new TransactionTemplate(transactions));
	}

	@Bean
	RecordsTeam guidanceRecordsTeam(ProactiveMessenger messenger, GuidanceProperties properties) {
		return new ProactiveRecordsTeam(messenger, properties.recordsTeamUser());
	}

	@Bean
	RecordsTeamReplies guidanceRecordsTeamReplies(GuidanceStore guidanceStore, ProactiveMessenger messenger,
			GuidanceProperties properties) {
		return new RecordsTeamReplies(guidanceStore, AskerRelay.proactive(messenger), properties.repliers(),
				Clock.systemUTC());
	}

	@Bean
	GuidanceDigest guidanceDigest(JdbcTemplate jdbc, GuidanceProperties properties) {
		return new GuidanceDigest(new GuidanceReport(JdbcClient.create(jdbc)), properties.contentOwners(),
				properties.digestSize(), properties.questionRetention());
	}

	@Bean
	GuidanceQuestionPurge guidanceQuestionPurge(GuidanceStore guidanceStore, GuidanceProperties properties) {
		return new GuidanceQuestionPurge(guidanceStore, properties.questionRetention(), Clock.systemUTC());
	}
}
