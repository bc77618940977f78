package org.recordsassistant.nccc.teams;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ResourceResponse;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorJsonTests {
	private final ObjectMapper json = new ObjectMapper();

	@Test
	void anActivitySerialisesAsTheSdkWouldForEveryOrdinaryKey() throws Exception {
		Activity reply = reply(card("title", "Guidance version 1.0, paragraph 7"));

		JsonNode ours = json.readTree(new ConnectorJson().serialize(reply));
		JsonNode sdk = json.readTree(new JacksonAdapter().serialize(reply));

		assertThat(ours).isEqualTo(sdk);
		assertThat(ours.at("/attachments/0/content/body/0/text").asText()).isEqualTo("Guidance version 1.0, paragraph 7");
	}

	@Test
	void aDottedKeyInACardIsSentAsItIsInsteadOfBeingSplit() throws Exception {
		ObjectNode card = card("title", "x");
		card.putObject("data").put("answer.id", "kb-12");

		JsonNode ours = json.readTree(new ConnectorJson().serialize(reply(card)));
		JsonNode sdk = json.readTree(new JacksonAdapter().serialize(reply(card)));

		assertThat(ours.at("/attachments/0/content/data").has("answer.id")).isTrue();
		assertThat(sdk.at("/attachments/0/content/data/answer/id").asText()).as("the SDK's flattening splits it")
				.isEqualTo("kb-12");
	}

	@Test
	void connectorResponsesStillDeserialise() throws Exception {
		ResourceResponse response = new ConnectorJson().deserialize("{\"id\":\"activity-1\",\"extra\":1}",
				ResourceResponse.class);

		assertThat(response.getId()).isEqualTo("activity-1");
	}

	/** Flattening matters only for dotted property names: if the SDK ever adds one, this fails. */
	@Test
	void noBotFrameworkModelHasADottedPropertyName() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*")));
		List<String> dotted = new ArrayList<>();
		int models = 0;
		for (String pkg : List.of("com.microsoft.bot.schema", "com.microsoft.bot.connector")) {
			for (var candidate : scanner.findCandidateComponents(pkg)) {
				Class<?> type = Class.forName(candidate.getBeanClassName(), false, getClass().getClassLoader());
				models++;
				Stream.<AnnotatedElement>concat(Stream.of(type.getDeclaredFields()), Stream.of(type.getDeclaredMethods()))
						.map(element -> element.getAnnotation(JsonProperty.class))
						.filter(property -> property != null && property.value().contains("."))
						.forEach(property -> dotted.add(type.getName() + ": " + property.value()));
			}
		}
		assertThat(models).as("the scan found the models").isGreaterThan(100);
		assertThat(dotted).isEmpty();
	}

	private static Activity reply(ObjectNode card) {
		Activity reply = Activity.createMessageActivity();
		reply.setText("answer");
		Attachment attachment = new Attachment();
		attachment.setContentType("application/vnd.microsoft.card.adaptive");
		attachment.setContent(card);
		reply.setAttachments(List.of(attachment));
		return reply;
	}

	private ObjectNode card(String id, String text) {
		ObjectNode card = json.createObjectNode().put("type", "AdaptiveCard").put("version", "1.5");
		card.putArray("body").addObject().put("type", "TextBlock").put("id", id).put("text", text);
		return card;
	}
}
