package org.recordsassistant.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Checks on the generated manifest that the 1.22 schema does not make, or that we want stated plainly. */
class ManifestTests {

    private static final String GUID = "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$";

    /** MAJOR.MINOR.PATCH, the schema's own "semver" definition; the 1.22 "version" property itself has no pattern. */
    private static final String SEMVER = "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$";

    private static final String HOST_NAME = "^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+"
            + "[a-zA-Z]{2,63}$";

    private static String text;

    private static JsonNode manifest;

    @BeforeAll
    static void readManifest() {
        TeamsPackage teamsPackage = TeamsPackage.read();
        text = teamsPackage.manifestText();
        manifest = teamsPackage.manifest();
    }

    @Test
    void hasEveryPlaceholderFilledIn() {
        assertThat(text).doesNotContain("${").doesNotContain("@nccc.");
    }

    @Test
    void declaresManifestSchema122() {
        assertThat(manifest.get("$schema").asString())
            .isEqualTo("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json");
        assertThat(manifest.get("manifestVersion").asString()).isEqualTo("1.22");
    }

    @Test
    void usesTheConfiguredAppIdAsAppBotAndEntraId() {
        String appId = TeamsPackage.buildSetting("nccc.app.id");

        assertThat(appId).matches(GUID);
        assertThat(manifest.get("id").asString()).isEqualTo(appId);
        assertThat(manifest.get("bots").get(0).get("botId").asString()).isEqualTo(appId);
        assertThat(manifest.get("webApplicationInfo").get("id").asString()).isEqualTo(appId);
    }

    @Test
    void pointsResourceAndValidDomainsAtTheBotHost() {
        String appId = TeamsPackage.buildSetting("nccc.app.id");
        String domain = TeamsPackage.buildSetting("nccc.app.domain");

        assertThat(domain).as("nccc.app.domain is a bare host name, no scheme or path").matches(HOST_NAME);
        assertThat(manifest.get("webApplicationInfo").get("resource").asString())
            .isEqualTo("api://" + domain + "/" + appId);
        assertThat(strings(manifest.get("validDomains"))).containsExactly(domain);
    }

    @Test
    void carriesThePlainSemverOfTheBuild() {
        String version = manifest.get("version").asString();

        assertThat(version).matches(SEMVER).isEqualTo(TeamsPackage.buildSetting("nccc.app.semver"));
    }

    @Test
    void offersAConversationalPersonalBotThatAcceptsFiles() {
        JsonNode bots = manifest.get("bots");

        assertThat(bots.size()).isEqualTo(1);
        JsonNode bot = bots.get(0);
        assertThat(strings(bot.get("scopes"))).containsExactly("personal");
        assertThat(bot.get("supportsFiles").isBoolean()).isTrue();
        assertThat(bot.get("supportsFiles").booleanValue()).isTrue();
        assertThat(bot.get("isNotificationOnly").booleanValue()).isFalse();
    }

    @Test
    void listsExactlyTheFiveConversationCommandsForPersonalChat() {
        JsonNode commandLists = manifest.get("bots").get(0).get("commandLists");

        assertThat(commandLists.size()).isEqualTo(1);
        assertThat(strings(commandLists.get(0).get("scopes"))).containsExactly("personal");
        List<String> titles = new ArrayList<>();
        for (JsonNode command : commandLists.get(0).get("commands")) {
            titles.add(command.get("title").asString());
            assertThat(command.get("description").asString()).as("description of " + command.get("title"))
                .isNotBlank();
        }
        assertThat(titles).containsExactly("help", "declare", "my declarations", "file", "iao");
    }

    @Test
    void keepsNamesAndDescriptionsWithinTeamsLimits() {
        assertThat(manifest.get("name").get("short").asString()).isNotBlank().hasSizeLessThanOrEqualTo(30);
        assertThat(manifest.get("name").get("full").asString()).hasSizeLessThanOrEqualTo(100);
        assertThat(manifest.get("description").get("short").asString()).isNotBlank().hasSizeLessThanOrEqualTo(80);
        assertThat(manifest.get("description").get("full").asString()).hasSizeLessThanOrEqualTo(4000);
        assertThat(manifest.get("developer").get("name").asString()).isNotBlank().hasSizeLessThanOrEqualTo(32);
    }

    @Test
    void describesEveryJobTheBotDoes() {
        assertThat(manifest.get("description").get("full").asString())
            .contains("guidance", "declare", "records library", "Information Asset Owners");
    }

    @Test
    void linksToDeveloperPagesOverHttpsOnly() {
        // The schema's httpsUrl pattern also lets plain http through; Teams does not.
        JsonNode developer = manifest.get("developer");

        for (String link : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
            assertThat(developer.get(link).asString()).as(link).startsWith("https://");
        }
    }

    @Test
    void asksOnlyForIdentityAndMessagingPermissions() {
        assertThat(strings(manifest.get("permissions"))).containsExactly("identity", "messageTeamMembers");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
