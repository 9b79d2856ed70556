package fi.kanslia.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain (signer first). Deliberately not a record, so that the
 * key never appears in a {@code toString()} or log line.
 */
public final class SigningCredentials {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    /**
     * @param privateKey the signing key
     * @param chain      the signer's certificate first, then its issuers (the root may be included)
     */
    public SigningCredentials(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("A certificate chain with at least the signer's certificate is required");
        }
        this.chain = List.copyOf(chain);
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
            String alias = aliasOrNull != null ? aliasOrNull : onlyKeyAlias(store, file);
            if (!store.isKeyEntry(alias)) {
                throw new IllegalArgumentException("No key entry '" + alias + "' in " + file);
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(alias)) {
                chain.add((X509Certificate) certificate);
            }
            return new SigningCredentials(key, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load signing credentials from " + file, e);
        }
    }

    private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
        List<String> keyAliases = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keyAliases.add(alias);
            }
        }
        if (keyAliases.size() != 1) {
            throw new IllegalArgumentException(
                    "Name the alias: " + file + " holds " + keyAliases.size() + " key entries " + keyAliases);
        }
        return keyAliases.get(0);
    }

    public PrivateKey privateKey() {
        return privateKey;
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
