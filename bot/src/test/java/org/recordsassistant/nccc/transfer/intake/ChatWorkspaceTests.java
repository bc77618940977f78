package org.recordsassistant.nccc.transfer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordsassistant.nccc.transfer.parse.Attachment;

class ChatWorkspaceTests {

	private static final String IOS_CHAT = "[14/03/2024, 09:07:02] Tom Reed: \u200E<attached: 00000017-PHOTO.jpg>\n"
			+ "[14/03/2024, 09:07:30] Priya Shah: \u200E<attached: 00000018-missing.pdf>\n";
	private static final byte[] PHOTO = { 1, 2, 3, 4, 5 };

	@TempDir
	Path temp;

	private Path jobs() {
		return temp.resolve("jobs");
	}

	private ChatWorkspace open(Path upload) {
		return ChatWorkspace.open(upload, jobs(), ArchiveLimits.defaults());
	}

	private ChatWorkspace open(Path upload, ArchiveLimits limits) {
		return ChatWorkspace.open(upload, jobs(), limits);
	}

	private void assertRejected(Path upload, ArchiveLimits limits, RejectionReason reason) throws IOException {
		assertThatThrownBy(() -> open(upload, limits).close())
			.isInstanceOfSatisfying(UploadRejectedException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.userMessage()).isEqualTo(reason.userMessage());
			});
		assertJobFoldersGone();
	}

	private void assertRejected(Path upload, RejectionReason reason) throws IOException {
		assertRejected(upload, ArchiveLimits.defaults(), reason);
	}

	private void assertJobFoldersGone() throws IOException {
		if (Files.exists(jobs())) {
			try (Stream<Path> left = Files.list(jobs())) {
				assertThat(left).isEmpty();
			}
		}
	}

	@Nested
	class GoodUploads {

		@Test
		void iphoneZipFindsChatAndAttachments() throws Exception {
			Path zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).add("00000017-PHOTO.jpg", PHOTO)
				.writeTo(temp.resolve("WhatsApp Chat - Ports.zip"));
			Path folder;
			try (ChatWorkspace workspace = open(zip)) {
				folder = workspace.folder();
				assertThat(workspace.chatEntry()).isEqualTo(ChatWorkspace.IOS_CHAT_FILE);
				assertThat(workspace.chatText()).startsWith(folder).hasContent(IOS_CHAT.strip());
				assertThat(workspace.files()).containsOnlyKeys("00000017-PHOTO.jpg");
				Optional<Attachment> photo = workspace.attachments().find("00000017-PHOTO.jpg");
				assertThat(photo).contains(new Attachment("00000017-PHOTO.jpg", true, 5L,
						HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(PHOTO))));
				assertThat(workspace.attachments().find("00000018-missing.pdf")).isEmpty();
			}
			assertThat(folder).doesNotExist();
		}

		@Test
		void androidZipWithNamedChatInAFolder() throws Exception {
			Path zip = new ZipBuilder().add("export/WhatsApp Chat with Tom.txt", "14/03/2024, 09:05 - Tom: hi\n")
				.add("export/IMG-20240314-WA0003.jpg", PHOTO).add("export/notes.txt", "other")
				.writeTo(temp.resolve("chat.zip"));
			try (ChatWorkspace workspace = open(zip)) {
				assertThat(workspace.chatEntry()).isEqualTo("export/WhatsApp Chat with Tom.txt");
				assertThat(workspace.files()).containsKeys("IMG-20240314-WA0003.jpg");
			}
		}

		@Test
		void plainTextIsUsedInPlace() throws Exception {
			Path text = Files.writeString(temp.resolve("WhatsApp Chat with Tom.txt"), "14/03/2024, 09:05 - Tom: hi\n");
			try (ChatWorkspace workspace = open(text)) {
				assertThat(workspace.chatText()).isEqualTo(text);
				assertThat(workspace.chatEntry()).isNull();
			}
			assertThat(text).exists();
			assertJobFoldersGone();
		}

		@Test
		void utf16TextWithByteOrderMarkIsAccepted() throws Exception {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			bytes.write(new byte[] { (byte) 0xFE, (byte) 0xFF });
			bytes.write("14/03/2024, 09:05 - Tom: hi\n".getBytes(StandardCharsets.UTF_16BE));
			Path text = Files.write(temp.resolve("chat.txt"), bytes.toByteArray());
			try (ChatWorkspace workspace = open(text)) {
				assertThat(workspace.chatText()).isEqualTo(text);
			}
		}

		@Test
		void smallRepetitiveFilesAreNotZipBombs() throws Exception {
			Path zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).addZeros("blank.bin", 500_000)
				.writeTo(temp.resolve("ok.zip"));
			try (ChatWorkspace workspace = open(zip)) {
				assertThat(workspace.files()).containsKey("blank.bin");
			}
		}
	}

	@Nested
	class Refusals {

		@Test
		void zipBomb() throws Exception {
			Path zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).addZeros("bomb.bin", 50L * 1024 * 1024)
				.writeTo(temp.resolve("bomb.zip"));
			assertThat(Files.size(zip)).isLessThan(200_000);
			assertRejected(zip, RejectionReason.ZIP_BOMB);
		}

		@Test
		void totalSizeCountedWhileExtracting() throws Exception {
			Path zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).add("a.bin", new byte[4000])
				.writeTo(temp.resolve("big.zip"));
			assertRejected(zip, new ArchiveLimits(10, 2000, 1000, 0), RejectionReason.TOO_LARGE);
		}

		@Test
		void tooManyEntries() throws Exception {
			Path zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).add("a", "a").add("b", "b")
				.writeTo(temp.resolve("many.zip"));
			assertRejected(zip, new ArchiveLimits(2, 1000, 100, 0), RejectionReason.TOO_MANY_ENTRIES);
		}

		@ParameterizedTest
		@ValueSource(strings = { "../evil.txt", "chat/../../evil.txt", "..\\evil.txt", "/tmp/evil.txt",
				"C:/evil.txt", "C:\\Windows\\evil.txt", "\\\\server\\share\\evil.txt" })
		void pathsLeavingTheFolder(String name) throws Exception {
			Path zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).add(name, "evil").writeTo(temp.resolve("evil.zip"));
			assertRejected(zip, RejectionReason.UNSAFE_PATH);
			assertThat(temp.resolve("evil.txt")).doesNotExist();
			assertThat(Path.of("/tmp/evil.txt")).doesNotExist();
		}

		@Test
		void symlinkEntry() throws Exception {
			Path zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).addSymlink("photo.jpg", "/etc/passwd")
				.writeTo(temp.resolve("link.zip"));
			assertRejected(zip, RejectionReason.LINK_ENTRY);
		}

		@Test
		void encryptedEntry() throws Exception {
			byte[] zip = ZipBuilder.markEncrypted(new ZipBuilder().add("_chat.txt", IOS_CHAT).bytes());
			assertRejected(Files.write(temp.resolve("locked.zip"), zip), RejectionReason.ENCRYPTED);
		}

		@Test
		void truncatedZip() throws Exception {
			byte[] zip = new ZipBuilder().add("_chat.txt", IOS_CHAT.repeat(50)).add("photo.jpg", PHOTO).bytes();
			Path half = Files.write(temp.resolve("half.zip"), Arrays.copyOf(zip, zip.length / 2));
			assertRejected(half, RejectionReason.CORRUPT_ARCHIVE);
		}

		@Test
		void duplicateNames() throws Exception {
			Path zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).add("a.jpg", PHOTO).add("./a.jpg", PHOTO)
				.writeTo(temp.resolve("dup.zip"));
			assertRejected(zip, RejectionReason.DUPLICATE_ENTRY);
		}

		@Test
		void zipWithoutChat() throws Exception {
			Path zip = new ZipBuilder().add("photo.jpg", PHOTO).writeTo(temp.resolve("photos.zip"));
			assertRejected(zip, RejectionReason.NO_CHAT_TEXT);
		}

		@Test
		void zipWithSeveralPossibleChats() throws Exception {
			Path zip = new ZipBuilder().add("one.txt", "a").add("two.txt", "b").writeTo(temp.resolve("two.zip"));
			assertRejected(zip, RejectionReason.AMBIGUOUS_CHAT_TEXT);
		}

		@Test
		void binaryChatInsideZip() throws Exception {
			Path zip = new ZipBuilder().add("_chat.txt", new byte[] { 0, 1, 2, 3 }).writeTo(temp.resolve("bin.zip"));
			assertRejected(zip, RejectionReason.NOT_TEXT);
		}

		@Test
		void emptyFile() throws Exception {
			assertRejected(Files.write(temp.resolve("empty.txt"), new byte[0]), RejectionReason.EMPTY_FILE);
		}

		@Test
		void binaryNamedTxt() throws Exception {
			byte[] binary = new byte[256];
			for (int i = 0; i < binary.length; i++) {
				binary[i] = (byte) i;
			}
			assertRejected(Files.write(temp.resolve("photo.txt"), binary), RejectionReason.NOT_TEXT);
		}

		@Test
		void utf16WithoutByteOrderMarkIsNotText() throws Exception {
			Path text = Files.write(temp.resolve("chat.txt"),
					"14/03/2024, 09:05 - Tom: hi\n".getBytes(StandardCharsets.UTF_16LE));
			assertRejected(text, RejectionReason.NOT_TEXT);
		}

		@Test
		void textNamedZip() throws Exception {
			Path notZip = Files.writeString(temp.resolve("chat.zip"), "14/03/2024, 09:05 - Tom: hi\n");
			try (ChatWorkspace workspace = open(notZip)) {
				assertThat(workspace.chatText()).isEqualTo(notZip);
			}
		}
	}
}
