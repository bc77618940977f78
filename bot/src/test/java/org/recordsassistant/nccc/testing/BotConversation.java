package org.recordsassistant.nccc.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One user's 1:1 chat with the bot over real HTTP: each call posts an activity to
 * {@code /api/messages} and returns the HTTP answer plus what the bot sent to the fake connector
 * during that turn. Reads like the test it serves: {@code chat.says("help").expectCardContaining(...)}.
 */
public final class BotConversation {
	public static final String DEFAULT_TENANT = "tenant-local";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;
	private final FakeBotConnector connector;
	private final String userName;
	private final String aadObjectId;
	private final String tenantId;
	private final String conversationId;
	private Function<String, String> authorization = serviceUrl -> null;

	public BotConversation(int botPort, FakeBotConnector connector, String userName, String aadObjectId, String tenantId) {
		this.endpoint = URI.create("http://127.0.0.1:" + botPort + "/api/messages");
		this.connector = connector;
		this.userName = userName;
		this.aadObjectId = aadObjectId;
		this.tenantId = tenantId;
		this.conversationId = "a:conv-" + aadObjectId;
	}

	public static BotConversation as(int botPort, FakeBotConnector connector, String userName) {
		return new BotConversation(botPort, connector, userName, UUID.nameUUIDFromBytes(userName.getBytes()).toString(),
				DEFAULT_TENANT);
	}

	/** Sends {@code Authorization} headers made by {@code tokenForServiceUrl} (null for none). */
	public BotConversation withAuthorization(Function<String, String> tokenForServiceUrl) {
		this.authorization = tokenForServiceUrl;
		return this;
	}

	public String aadObjectId() {
		return aadObjectId;
	}

	public String conversationId() {
		return conversationId;
	}

	public BotExchange says(String text) {
		ObjectNode activity = activity("message");
		activity.put("text", text);
		return post(activity);
	}

	public BotExchange installs() {
		ObjectNode activity = activity("conversationUpdate");
		activity.putArray("membersAdded").addObject().put("id", "28:bot-id");
		activity.withArray("membersAdded").addObject().put("id", "29:user-" + aadObjectId).put("aadObjectId", aadObjectId);
		return post(activity);
	}

	/** A Universal Actions click: an {@code adaptiveCard/action} invoke. */
	public BotExchange clicks(String verb, ObjectNode data) {
		ObjectNode activity = activity("invoke");
		activity.put("name", "adaptiveCard/action");
		ObjectNode action = activity.putObject("value").putObject("action");
		action.put("type", "Action.Execute");
		action.put("verb", verb);
		action.set("data", data == null ? JSON.createObjectNode() : data);
		activity.put("replyToId", "card-" + UUID.randomUUID());
		return post(activity);
	}

	/** An {@code Action.Submit} click: a message whose value is the card's data. */
	public BotExchange submits(ObjectNode value) {
		ObjectNode activity = activity("message");
		activity.set("value", value);
		activity.put("replyToId", "card-" + UUID.randomUUID());
		return post(activity);
	}

	/** A file sent in the chat, as Teams delivers it. */
	public BotExchange sendsFile(String name, String downloadUrl) {
		ObjectNode activity = activity("message");
		ObjectNode attachment = activity.putArray("attachments").addObject();
		attachment.put("contentType", "application/vnd.microsoft.teams.file.download.info");
		attachment.put("name", name);
		ObjectNode content = attachment.putObject("content");
		content.put("downloadUrl", downloadUrl);
		content.put("uniqueId", UUID.randomUUID().toString());
		content.put("fileType", name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "");
		return post(activity);
	}

	/** A new activity of this type from this user, ready to be changed and posted. */
	public ObjectNode activity(String type) {
		ObjectNode activity = JSON.createObjectNode();
		activity.put("type", type);
		activity.put("id", UUID.randomUUID().toString());
		activity.put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
		activity.put("localTimestamp", OffsetDateTime.now(ZoneOffset.ofHours(1)).toString());
		activity.put("serviceUrl", connector.serviceUrl());
		activity.put("channelId", "msteams");
		activity.put("locale", "en-GB");
		activity.putObject("from").put("id", "29:user-" + aadObjectId).put("name", userName).put("aadObjectId", aadObjectId);
		activity.putObject("conversation").put("id", conversationId).put("conversationType", "personal")
				.put("tenantId", tenantId);
		activity.putObject("recipient").put("id", "28:bot-id").put("name", "NCCC records assistant");
		activity.putObject("channelData").putObject("tenant").put("id", tenantId);
		return activity;
	}

	/**
	 * Says {@code text} and returns only the HTTP status, without collecting the replies: for load
	 * tests, where reading the connector's journal every turn would cost more than the turn.
	 */
	public int saysQuickly(String text) {
		ObjectNode activity = activity("message");
		activity.put("text", text);
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity.toString()));
		String header = authorization.apply(connector.serviceUrl());
		if (header != null) {
			request.header("Authorization", header);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		} catch (IOException e) {
			throw new IllegalStateException("Could not reach the bot", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public BotExchange post(ObjectNode activity) {
		return postRaw(activity.toString(), authorization.apply(activity.path("serviceUrl").asText()));
	}

	/** Posts any body, valid or not; {@code authorizationHeader} may be null. */
	public BotExchange postRaw(String body, String authorizationHeader) {
		int before = connector.sent().size();
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorizationHeader != null) {
			request.header("Authorization", authorizationHeader);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			List<com.fasterxml.jackson.databind.JsonNode> all = connector.sent();
			return new BotExchange(response.statusCode(), response.body(), List.copyOf(all.subList(before, all.size())));
		} catch (IOException e) {
			throw new IllegalStateException("Could not reach the bot", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
