package org.recordsassistant.nccc.notification;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.recordsassistant.nccc.notification.NotificationProperties.AreaOwners;

/**
 * Reads the routing file: YAML ({@code .yaml}, {@code .yml}) or properties, with the keys of
 * {@code nccc.notification.*} minus the prefix:
 * <pre>
 * default-iao: iris.owner@dept.gov.uk
 * areas:
 *   ports-policy:
 *     iao: 0f5c8f9e-...
 *     deputy: dan.deputy@dept.gov.uk
 * </pre>
 * Anything else is refused as a whole, so a typo never half-applies. Error messages name keys and
 * line-free reasons only: the values are people.
 */
final class RoutingFile {
	private static final YAMLMapper YAML = new YAMLMapper();
	private static final Pattern AREA_KEY = Pattern.compile("areas\\.([A-Za-z0-9_-]{1,100})\\.(iao|deputy)");
	/** An object id or a UPN: one token, no spaces or control characters. */
	private static final Pattern PERSON = Pattern.compile("[^\\s\\p{Cntrl}]{1,255}");

	private RoutingFile() {
	}

	/** The file could not be used; the message is safe to log. */
	static final class Invalid extends Exception {
		Invalid(String message) {
			super(message);
		}
	}

	static RoutingTable parse(String fileName, byte[] content) throws Invalid {
		String text = utf8(content);
		String lower = fileName.toLowerCase(Locale.ROOT);
		Map<String, String> flat = lower.endsWith(".yaml") || lower.endsWith(".yml") ? yaml(text) : properties(text);
		return table(flat);
	}

	private static String utf8(byte[] content) throws Invalid {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		} catch (CharacterCodingException e) {
			throw new Invalid("the routing file is not UTF-8 text");
		}
	}

	private static Map<String, String> properties(String text) throws Invalid {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		} catch (IOException | IllegalArgumentException e) {
			throw new Invalid("the routing file is not a valid properties file");
		}
		Map<String, String> flat = new LinkedHashMap<>();
		for (String key : properties.stringPropertyNames()) {
			flat.put(key.strip(), properties.getProperty(key));
		}
		return flat;
	}

	private static Map<String, String> yaml(String text) throws Invalid {
		JsonNode root;
		try {
			root = YAML.readTree(text);
		} catch (JacksonException e) {
			throw new Invalid("the routing file is not valid YAML");
		}
		Map<String, String> flat = new LinkedHashMap<>();
		if (root == null || root.isMissingNode() || root.isNull()) {
			return flat;
		}
		if (!root.isObject()) {
			throw new Invalid("the routing file must be a mapping of keys to values");
		}
		flatten("", root, flat);
		return flat;
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> into) throws Invalid {
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			String key = prefix + field.getKey();
			JsonNode value = field.getValue();
			if (value.isObject()) {
				flatten(key + ".", value, into);
			} else if (value.isValueNode()) {
				into.put(key, value.isNull() ? "" : value.asText());
			} else {
				throw new Invalid("'" + safeKey(key) + "' must be a single value, not a list");
			}
		}
	}

	private static RoutingTable table(Map<String, String> flat) throws Invalid {
		Map<String, String[]> areas = new HashMap<>();
		String defaultIao = "";
		String defaultDeputy = "";
		for (Map.Entry<String, String> entry : flat.entrySet()) {
			String key = entry.getKey();
			String value = person(key, entry.getValue());
			Matcher area = AREA_KEY.matcher(key);
			if (area.matches()) {
				String[] owners = areas.computeIfAbsent(area.group(1), k -> new String[] { "", "" });
				owners["iao".equals(area.group(2)) ? 0 : 1] = value;
			} else if (relaxed(key).equals("defaultiao")) {
				defaultIao = value;
			} else if (relaxed(key).equals("defaultdeputy")) {
				defaultDeputy = value;
			} else {
				throw new Invalid("unknown key '" + safeKey(key) + "': use default-iao, default-deputy, "
						+ "areas.<area>.iao or areas.<area>.deputy");
			}
		}
		if (defaultIao.isEmpty() && !defaultDeputy.isEmpty()) {
			throw new Invalid("default-deputy is set without default-iao");
		}
		Map<String, AreaOwners> owners = new HashMap<>();
		for (Map.Entry<String, String[]> area : areas.entrySet()) {
			if (area.getValue()[0].isEmpty()) {
				throw new Invalid("area '" + area.getKey() + "' has no iao");
			}
			owners.put(area.getKey(), new AreaOwners(area.getValue()[0], area.getValue()[1]));
		}
		return new RoutingTable(owners, new AreaOwners(defaultIao, defaultDeputy));
	}

	private static String person(String key, String value) throws Invalid {
		String stripped = value == null ? "" : value.strip();
		if (!stripped.isEmpty() && !PERSON.matcher(stripped).matches()) {
			throw new Invalid("'" + safeKey(key) + "' must be one Entra object id or user principal name");
		}
		return stripped;
	}

	private static String relaxed(String key) {
		return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

	/** Keys are the admin's, not personal data, unless someone typed a UPN as a key; keep them short and printable. */
	private static String safeKey(String key) {
		if (key.contains("@")) {
			return "(a key containing @)";
		}
		String printable = key.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
	}
}
