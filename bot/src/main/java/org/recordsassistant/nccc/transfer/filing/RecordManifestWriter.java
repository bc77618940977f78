package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes a record's {@code manifest.json}: UTF-8, two-space indented, LF line ends, fields always in the same
 * order, absent values written as {@code null}, so that the same manifest always gives the same bytes. The
 * format is described in {@code docs/record-package.md}.
 */
public final class RecordManifestWriter {

	/** The manifest's file name in the record. */
	public static final String FILE_NAME = "manifest.json";
	/** The manifest format version; a reader accepts any {@code 1.x}. */
	public static final String MANIFEST_VERSION = "1.0";
	/** The hash algorithm of every {@code sha256} field. */
	public static final String HASH_ALGORITHM = "SHA-256";

	private static final JsonFactory JSON = new JsonFactory();
	private static final String INDENT = "  ";
	private static final String LINE_END = "\n";

	/**
	 * Creates a writer.
	 */
	public RecordManifestWriter() {
	}

	/**
	 * Writes the manifest, replacing {@code target}.
	 *
	 * @param manifest what to write
	 * @param target the file
	 * @throws UncheckedIOException if the file cannot be written
	 * @throws NullPointerException if an argument is null
	 */
	public void write(RecordManifest manifest, Path target) {
		Objects.requireNonNull(manifest, "manifest");
		Objects.requireNonNull(target, "target");
		try (OutputStream out = Files.newOutputStream(target);
				JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
			DefaultIndenter indenter = new DefaultIndenter(INDENT, LINE_END);
			json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
			json.writeStartObject();
			json.writeStringField("manifestVersion", MANIFEST_VERSION);
			json.writeStringField("transferId", manifest.transferId());
			json.writeStringField("reference", manifest.reference());
			json.writeStringField("declarationReference", manifest.declarationReference());
			json.writeStringField("createdAt", manifest.createdAt().toString());
			json.writeObjectFieldStart("uploadedBy");
			json.writeStringField("userKey", manifest.uploadedByKey());
			json.writeStringField("displayName", manifest.uploadedByName());
			json.writeEndObject();
			json.writeStringField("uploadedAt", manifest.uploadedAt().toString());
			json.writeStringField("parserVersion", manifest.parserVersion());
			json.writeStringField("conversationSchemaVersion", manifest.conversationSchemaVersion());
			json.writeStringField("botVersion", manifest.botVersion());
			json.writeStringField("hashAlgorithm", HASH_ALGORITHM);
			json.writeArrayFieldStart("files");
			for (RecordManifest.Entry file : manifest.files()) {
				json.writeStartObject();
				json.writeStringField("name", file.name());
				json.writeStringField("role", file.role().name());
				json.writeNumberField("size", file.size());
				json.writeStringField("sha256", file.sha256());
				json.writeStringField("contentType", file.contentType());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
			json.writeRaw(LINE_END);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the record manifest", ex);
		}
	}
}
