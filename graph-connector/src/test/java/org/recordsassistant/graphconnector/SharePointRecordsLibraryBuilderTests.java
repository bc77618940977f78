package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.microsoft.kiota.authentication.AnonymousAuthenticationProvider;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

class SharePointRecordsLibraryBuilderTests {

    private static final TokenCredential FAKE_CREDENTIAL =
            request -> Mono.just(new AccessToken("token", OffsetDateTime.now().plusHours(1)));

    @ParameterizedTest
    @ValueSource(longs = {327_680, 655_360, 16 * 327_680, 191 * 327_680})
    void acceptsSliceSizesThatAreMultiplesOf320KiBBelow60MiB(long size) {
        assertThat(new SharePointRecordsLibraryBuilder().sliceSize(size)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -327_680, 1, 327_679, 327_681, 5_000_000, 192 * 327_680, 200 * 327_680})
    void rejectsOtherSliceSizes(long size) {
        assertThatThrownBy(() -> new SharePointRecordsLibraryBuilder().sliceSize(size))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsACredentialOrAuthenticationProvider() {
        assertThatThrownBy(() -> new SharePointRecordsLibraryBuilder().siteId("s").driveId("d").buildClient())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("credential");
    }

    @Test
    void refusesBothACredentialAndAnAuthenticationProvider() {
        assertThatThrownBy(() -> new SharePointRecordsLibraryBuilder().credential(FAKE_CREDENTIAL)
                .authenticationProvider(new AnonymousAuthenticationProvider()).siteId("s").driveId("d")
                .buildClient()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void needsTheSiteAndDriveIds() {
        assertThatThrownBy(() -> new SharePointRecordsLibraryBuilder().credential(FAKE_CREDENTIAL).driveId("d")
                .buildClient()).isInstanceOf(IllegalStateException.class).hasMessageContaining("siteId");
        assertThatThrownBy(() -> new SharePointRecordsLibraryBuilder().credential(FAKE_CREDENTIAL).siteId("s")
                .buildClient()).isInstanceOf(IllegalStateException.class).hasMessageContaining("driveId");
    }

    @Test
    void buildsWithACredentialAndTheRequiredIds() {
        assertThat(new SharePointRecordsLibraryBuilder().credential(FAKE_CREDENTIAL).siteId("s").driveId("d")
                .buildClient()).isInstanceOf(SharePointRecordsLibrary.class);
    }

    @Test
    void buildsANewClientOnEachCall() {
        SharePointRecordsLibraryBuilder builder = new SharePointRecordsLibraryBuilder().credential(FAKE_CREDENTIAL)
                .siteId("s").driveId("d");

        assertThat(builder.buildClient()).isNotSameAs(builder.buildClient());
    }

    @Test
    void validatesTheOtherSettings() {
        SharePointRecordsLibraryBuilder builder = new SharePointRecordsLibraryBuilder();
        assertThatThrownBy(() -> builder.endpoint("not a url")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.endpoint("ftp://graph.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxRetries(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.largeFileThreshold(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxResumes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.credential(null)).isInstanceOf(NullPointerException.class);
    }
}
