package org.recordsassistant.nccc.testing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stands in for the Bot Framework's token issuer: serves OpenID metadata and a key set on the fake
 * connector's port and signs tokens like the ones the Bot Connector sends (tech-notes §1).
 */
public final class FakeBotFrameworkTokens {
	public static final String ISSUER = "https://api.botframework.com";
	private static final String KEY_ID = "nccc-test-key";

	private final KeyPair trusted = newKeyPair();
	private final KeyPair untrusted = newKeyPair();
	private final FakeBotConnector host;

	public FakeBotFrameworkTokens(FakeBotConnector host) {
		this.host = host;
		serve();
	}

	/** Where the bot should read OpenID metadata: {@code nccc.teams.open-id-metadata-url}. */
	public String openIdMetadataUrl() {
		return "http://127.0.0.1:" + host.port() + "/openid/.well-known/openidconfiguration";
	}

	/** Re-adds the metadata stubs after the connector was reset. */
	public void serve() {
		String jwksUri = "http://127.0.0.1:" + host.port() + "/openid/keys";
		host.server().stubFor(get(urlPathEqualTo("/openid/.well-known/openidconfiguration")).willReturn(aResponse()
				.withHeader("Content-Type", "application/json")
				.withBody("{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + jwksUri + "\","
						+ "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
						+ "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]}")));
		RSAPublicKey key = (RSAPublicKey) trusted.getPublic();
		host.server().stubFor(get(urlPathEqualTo("/openid/keys")).willReturn(aResponse()
				.withHeader("Content-Type", "application/json")
				.withBody("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + KEY_ID + "\",\"x5t\":\"" + KEY_ID
						+ "\",\"n\":\"" + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent())
						+ "\",\"endorsements\":[\"msteams\"]}]}")));
	}

	/** A valid token for this bot and service URL. */
	public String valid(String appId, String serviceUrl) {
		return bearer(appId, serviceUrl, Instant.now().plus(Duration.ofHours(1)), trusted);
	}

	public String expired(String appId, String serviceUrl) {
		return bearer(appId, serviceUrl, Instant.now().minus(Duration.ofHours(1)), trusted);
	}

	/** Signed with a key the issuer never published. */
	public String signedWithUnknownKey(String appId, String serviceUrl) {
		return bearer(appId, serviceUrl, Instant.now().plus(Duration.ofHours(1)), untrusted);
	}

	private static String bearer(String audience, String serviceUrl, Instant expiry, KeyPair keys) {
		Instant issued = expiry.minus(Duration.ofHours(2));
		String token = JWT.create()
				.withKeyId(KEY_ID)
				.withIssuer(ISSUER)
				.withAudience(audience)
				.withClaim("serviceurl", serviceUrl)
				.withIssuedAt(Date.from(issued))
				.withNotBefore(Date.from(issued))
				.withExpiresAt(Date.from(expiry))
				.sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
		return "Bearer " + token;
	}

	private static String base64Url(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes.length > 1 && bytes[0] == 0) {
			bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
