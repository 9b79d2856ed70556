package fi.kanslia.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.InvalidParameterException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A private key with its certificate chain (signer first), and the JCA provider that signs with the
 * key when it lives in a token (an HSM over PKCS#11). Such a key may be non-extractable: it is only
 * ever handed to its provider's {@code Signature}, never asked for its encoding. Deliberately not a
 * record, so that the key never appears in a {@code toString()} or log line.
 */
public final class SigningCredentials {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final Provider provider;

    /**
     * @param privateKey the signing key, usable by the JCA's default providers
     * @param chain      the signer's certificate first, then its issuers (the root may be included)
     */
    public SigningCredentials(PrivateKey privateKey, List<X509Certificate> chain) {
        this(privateKey, chain, null);
    }

    /**
     * @param privateKey the signing key
     * @param chain      the signer's certificate first, then its issuers (the root may be included)
     * @param provider   the provider that signs with {@code privateKey} (e.g. a configured SunPKCS11
     *                   instance), or null for the JCA's default providers
     */
    public SigningCredentials(PrivateKey privateKey, List<X509Certificate> chain, Provider provider) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("A certificate chain with at least the signer's certificate is required");
        }
        this.chain = List.copyOf(chain);
        this.provider = provider;
    }

    /**
     * Loads the key and chain from a PKCS#12 file, e.g. the municipality's production signing key.
     *
     * @param aliasOrNull the key entry to use, or null for the only key entry in the file
     */
    public static SigningCredentials fromPkcs12(Path file, char[] password, String aliasOrNull) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return fromKeyStore(store, password, aliasOrNull, file.toString(), null);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load signing credentials from " + file, e);
        }
    }

    /**
     * Uses a key in a hardware security module (or any PKCS#11 token) through the JDK's SunPKCS11
     * provider, so that an HSM is a matter of configuration. The key stays in the token; signing
     * happens there. The token must hold the signer's certificate with the key's CKA_ID, and may
     * hold its issuers.
     *
     * @param sunPkcs11ConfigFile a SunPKCS11 configuration (at least {@code name} and {@code library},
     *                            usually {@code slot} or {@code slotListIndex}); see the JDK's PKCS#11
     *                            Reference Guide
     * @param pin                 the user PIN of the token
     * @param aliasOrNull         the key entry (the key's CKA_LABEL), or null for the only key entry
     * @throws IllegalStateException when the provider, library, token or key is unusable
     */
    public static SigningCredentials fromPkcs11(Path sunPkcs11ConfigFile, char[] pin, String aliasOrNull) {
        Provider prototype = Security.getProvider("SunPKCS11");
        if (prototype == null) {
            throw new IllegalStateException("This JDK has no SunPKCS11 provider");
        }
        try {
            Provider provider = prototype.configure(sunPkcs11ConfigFile.toString());
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return fromKeyStore(store, null, aliasOrNull, sunPkcs11ConfigFile.toString(), provider);
        } catch (IOException | GeneralSecurityException | InvalidParameterException | ProviderException e) {
            throw new IllegalStateException("Cannot use the PKCS#11 token configured in " + sunPkcs11ConfigFile, e);
        }
    }

    private static SigningCredentials fromKeyStore(KeyStore store, char[] keyPassword, String aliasOrNull,
            String source, Provider provider) throws GeneralSecurityException {
        String alias = aliasOrNull != null ? aliasOrNull : onlyKeyAlias(store, source);
        if (!store.isKeyEntry(alias)) {
            throw new IllegalArgumentException("No key entry '" + alias + "' in " + source);
        }
        PrivateKey key = (PrivateKey) store.getKey(alias, keyPassword);
        Certificate[] certificates = store.getCertificateChain(alias);
        if (certificates == null || certificates.length == 0) {
            throw new IllegalArgumentException("No certificate for key entry '" + alias + "' in " + source);
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : certificates) {
            chain.add((X509Certificate) certificate);
        }
        return new SigningCredentials(key, chain, provider);
    }

    private static String onlyKeyAlias(KeyStore store, String source) throws GeneralSecurityException {
        List<String> keyAliases = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keyAliases.add(alias);
            }
        }
        if (keyAliases.size() != 1) {
            throw new IllegalArgumentException(
                    "Name the alias: " + source + " holds " + keyAliases.size() + " key entries " + keyAliases);
        }
        return keyAliases.get(0);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The provider to sign with {@link #privateKey()}; empty for the JCA's default providers. */
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    /** The signer's certificate first, then its issuers. */
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    public X509Certificate signerCertificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        return "SigningCredentials[" + signerCertificate().getSubjectX500Principal().getName() + "]";
    }
}
