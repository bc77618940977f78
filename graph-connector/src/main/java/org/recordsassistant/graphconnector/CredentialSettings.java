package org.recordsassistant.graphconnector;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the app authenticates to Microsoft Entra ID. Create one with the static factory for the kind you need;
 * {@link GraphClientFactory#credential(CredentialSettings)} turns it into a {@code TokenCredential}.
 * {@link #toString()} never shows the secret or password.
 *
 * @param kind which credential to build
 * @param tenantId the Entra tenant id (not used for managed identity)
 * @param clientId the app (client) id; for managed identity the user-assigned identity's client id, or null
 *     for the system-assigned identity
 * @param clientSecret the client secret (client secret only)
 * @param certificatePath a PEM or PFX file (client certificate only); {@code .pfx} and {@code .p12} are read as
 *     PKCS#12, anything else as PEM
 * @param certificatePassword the PFX password, or null
 * @param tokenFilePath the federated token file (workload identity only)
 */
public record CredentialSettings(Kind kind, String tenantId, String clientId, String clientSecret,
        Path certificatePath, String certificatePassword, Path tokenFilePath) {

    /** The credential kinds we support. */
    public enum Kind {
        /** App registration with a client secret. */
        CLIENT_SECRET,
        /** App registration with a certificate. */
        CLIENT_CERTIFICATE,
        /** Azure managed identity (system- or user-assigned). */
        MANAGED_IDENTITY,
        /** Kubernetes workload identity (federated token file). */
        WORKLOAD_IDENTITY
    }

    /**
     * Checks that the values needed by the kind are present.
     *
     * @throws NullPointerException if {@code kind} or a value the kind needs is null
     */
    public CredentialSettings {
        Objects.requireNonNull(kind, "kind must not be null");
        switch (kind) {
            case CLIENT_SECRET -> {
                Objects.requireNonNull(tenantId, "tenantId must not be null");
                Objects.requireNonNull(clientId, "clientId must not be null");
                Objects.requireNonNull(clientSecret, "clientSecret must not be null");
            }
            case CLIENT_CERTIFICATE -> {
                Objects.requireNonNull(tenantId, "tenantId must not be null");
                Objects.requireNonNull(clientId, "clientId must not be null");
                Objects.requireNonNull(certificatePath, "certificatePath must not be null");
            }
            case WORKLOAD_IDENTITY -> {
                Objects.requireNonNull(tenantId, "tenantId must not be null");
                Objects.requireNonNull(clientId, "clientId must not be null");
                Objects.requireNonNull(tokenFilePath, "tokenFilePath must not be null");
            }
            case MANAGED_IDENTITY -> {
                // clientId is optional: null means the system-assigned identity.
            }
        }
    }

    /**
     * Settings for an app registration with a client secret.
     *
     * @param tenantId the tenant id
     * @param clientId the app id
     * @param clientSecret the secret
     * @return the settings
     * @throws NullPointerException if any value is null
     */
    public static CredentialSettings clientSecret(String tenantId, String clientId, String clientSecret) {
        return new CredentialSettings(Kind.CLIENT_SECRET, tenantId, clientId, clientSecret, null, null, null);
    }

    /**
     * Settings for an app registration with a certificate.
     *
     * @param tenantId the tenant id
     * @param clientId the app id
     * @param certificatePath the PEM or PFX file
     * @param password the PFX password, or null
     * @return the settings
     * @throws NullPointerException if the tenant id, client id or path is null
     */
    public static CredentialSettings clientCertificate(String tenantId, String clientId, Path certificatePath,
            String password) {
        return new CredentialSettings(Kind.CLIENT_CERTIFICATE, tenantId, clientId, null, certificatePath, password,
                null);
    }

    /**
     * Settings for a managed identity.
     *
     * @param clientId the user-assigned identity's client id, or null for the system-assigned identity
     * @return the settings
     */
    public static CredentialSettings managedIdentity(String clientId) {
        return new CredentialSettings(Kind.MANAGED_IDENTITY, null, clientId, null, null, null, null);
    }

    /**
     * Settings for Kubernetes workload identity.
     *
     * @param tenantId the tenant id
     * @param clientId the app id
     * @param tokenFilePath the federated token file
     * @return the settings
     * @throws NullPointerException if any value is null
     */
    public static CredentialSettings workloadIdentity(String tenantId, String clientId, Path tokenFilePath) {
        return new CredentialSettings(Kind.WORKLOAD_IDENTITY, tenantId, clientId, null, null, null, tokenFilePath);
    }

    /**
     * Describes the settings without the secret or password.
     *
     * @return a description safe to log
     */
    @Override
    public String toString() {
        return "CredentialSettings[kind=" + kind + ", tenantId=" + tenantId + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "unset" : "***") + ", certificatePath="
                + certificatePath + ", certificatePassword=" + (certificatePassword == null ? "unset" : "***")
                + ", tokenFilePath=" + tokenFilePath + "]";
    }
}
