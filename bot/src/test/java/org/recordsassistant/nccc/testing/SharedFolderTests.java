package org.recordsassistant.nccc.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedFolderTests {
	@TempDir
	Path temp;

	@Test
	void findsTheSharedFolderAboveTheWorkingDirectory() throws IOException {
		Path samples = Files.createDirectories(temp.resolve("work/shared/data/whatsapp-public"));
		Path module = Files.createDirectories(temp.resolve("work/project/bot"));

		assertThat(SharedFolder.find(module, "data/whatsapp-public")).isEqualTo(samples);
	}

	@Test
	void aCloneMadeElsewhereFindsItNextToTheRepositoryItWasClonedFrom() throws Exception {
		Path samples = Files.createDirectories(temp.resolve("work/shared/data/whatsapp-public"));
		Path project = Files.createDirectories(temp.resolve("work/project"));
		Files.writeString(project.resolve("README.md"), "project\n");
		git(project, "init", "-q");
		git(project, "add", "README.md");
		git(project, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "start");
		Path clone = temp.resolve("elsewhere/c");
		git(temp, "clone", "-q", project.toString(), clone.toString());
		Path module = Files.createDirectories(clone.resolve("bot"));

		assertThat(SharedFolder.find(module, "data/whatsapp-public")).isEqualTo(samples);
	}

	@Test
	void saysWhereItLookedWhenThereIsNoSharedFolder() throws IOException {
		Path lonely = Files.createDirectories(temp.resolve("lonely/project"));

		assertThatThrownBy(() -> SharedFolder.find(lonely, "data/whatsapp-public"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("shared/data/whatsapp-public")
			.hasMessageContaining(lonely.toString());
	}

	private static void git(Path directory, String... arguments) throws Exception {
		String[] command = new String[arguments.length + 1];
		command[0] = "git";
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		Process git = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		String output = new String(git.getInputStream().readAllBytes());
		assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(git.exitValue()).as(output).isZero();
	}
}
