package org.recordsassistant.nccc.teams;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;

/**
 * Who may talk to the bot and where the bot may answer. The SDK sends our token to whatever
 * {@code serviceUrl} an activity names (tech-notes §1), so only Bot Framework and Teams hosts are
 * accepted (plus loopback in local mode); only allowed tenants get in.
 */
final class InboundPolicy {
	private final List<String> allowedHosts;
	private final boolean allowLoopback;
	private final List<String> allowedTenants;
	private final ObjectMapper mapper;

	InboundPolicy(TeamsProperties teams, ObjectMapper mapper) {
		this.allowedHosts = teams.allowedServiceUrlHosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
		this.allowLoopback = teams.localMode() || teams.allowLoopbackServiceUrl();
		this.allowedTenants = teams.effectiveAllowedTenants();
		this.mapper = mapper;
	}

	/** @return why the activity is refused, or null when it may proceed */
	String refusal(Activity activity) {
		String serviceUrl = activity.getServiceUrl();
		if (serviceUrl == null || !serviceUrlAllowed(serviceUrl)) {
			return "The activity's serviceUrl is not a Bot Framework or Teams host.";
		}
		if (!allowedTenants.isEmpty()) {
			String tenant = tenantOf(activity);
			if (tenant == null || !allowedTenants.contains(tenant)) {
				return "This bot does not serve your organisation's tenant.";
			}
		}
		return null;
	}

	boolean serviceUrlAllowed(String serviceUrl) {
		URI uri;
		try {
			uri = URI.create(serviceUrl.trim());
		} catch (IllegalArgumentException e) {
			return false;
		}
		String host = uri.getHost();
		if (host == null || uri.getUserInfo() != null) {
			return false;
		}
		host = host.toLowerCase(Locale.ROOT);
		if (LocalModeGuard.isLoopback(host.replace("[", "").replace("]", ""))) {
			return allowLoopback && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
		}
		if (!"https".equals(uri.getScheme())) {
			return false;
		}
		for (String allowed : allowedHosts) {
			if (allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed)) {
				return true;
			}
		}
		return false;
	}

	String tenantOf(Activity activity) {
		if (activity.getConversation() != null && activity.getConversation().getTenantId() != null) {
			return activity.getConversation().getTenantId();
		}
		Object channelData = activity.getChannelData();
		if (channelData != null) {
			JsonNode tenant = mapper.valueToTree(channelData).path("tenant").path("id");
			if (tenant.isTextual()) {
				return tenant.asText();
			}
		}
		return null;
	}
}
