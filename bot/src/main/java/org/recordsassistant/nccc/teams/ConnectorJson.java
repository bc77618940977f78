package org.recordsassistant.nccc.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;

/**
 * The connector client's JSON, without the SDK's flattening (de)serializers. They exist for models
 * whose properties are annotated with dotted names ({@code @JsonProperty("properties.name")}), and no Bot
 * Framework model has one ({@code ConnectorJsonTests} checks). What they do instead is rebuild every
 * outgoing activity as a tree and run two uncompiled regular expressions on every key of it, card
 * included: a fifth of a turn's CPU under load. They also split any key containing a dot, in a card's
 * data for example, into nested objects. The plain mapper, configured as the SDK configures it, sends
 * what we built.
 */
class ConnectorJson extends JacksonAdapter {
	@Override
	public ObjectMapper serializer() {
		return simpleMapper();
	}
}
