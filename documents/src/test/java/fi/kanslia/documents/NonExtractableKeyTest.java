package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A key in an HSM cannot be exported: only its provider can sign with it. This runs in every build
 * (no HSM needed): the signing key is wrapped so that it refuses {@code getEncoded()} and only a
 * provider of its own signs with it, as SunPKCS11 does for a sensitive token key.
 * {@code Pkcs11SigningTest} does the same against a real PKCS#11 token where SoftHSM is installed.
 */
class NonExtractableKeyTest {

    static final SignedDecisions decisions = SignedDecisions.shared();

    @Test
    void aKeyThatRefusesToLeaveItsProviderStillSignsAValidDecision() {
        TokenProvider token = new TokenProvider();
        SigningCredentials pki = decisions.pki().signingCredentials();
        SigningCredentials credentials = new SigningCredentials(new TokenKey(pki.privateKey()), pki.certificateChain(), token);
        PadesSigner signer = new PadesSigner(credentials, decisions.pki().timestampAuthority().client());

        byte[] signed = signer.sign(decisions.renderer().render(DecisionFixtures.finnishSchoolPlace()), "Järvenpää", "Päätös");

        VerificationReport report = decisions.verifier().verify(signed);
        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.signerName()).contains("decision signing");
        assertThat(token.signatures.get()).isEqualTo(1);
    }

    /** The wrapper is faithful: without its provider, the JDK's own providers cannot use the key. */
    @Test
    void withoutItsProviderTheKeyCannotSign() {
        SigningCredentials pki = decisions.pki().signingCredentials();
        SigningCredentials credentials = new SigningCredentials(new TokenKey(pki.privateKey()), pki.certificateChain());
        PadesSigner signer = new PadesSigner(credentials, decisions.pki().timestampAuthority().client());
        byte[] unsigned = decisions.renderer().render(DecisionFixtures.finnishSchoolPlace());

        assertThatThrownBy(() -> signer.sign(unsigned, "Järvenpää", "Päätös"))
                .hasRootCauseInstanceOf(InvalidKeyException.class)
                .rootCause().hasMessageContaining("No installed provider supports this key");
    }

    /** A private key whose material never leaves the token: no encoding, no format. */
    private record TokenKey(PrivateKey inside) implements PrivateKey {

        @Override
        public String getAlgorithm() {
            return "RSA";
        }

        @Override
        public String getFormat() {
            return null;
        }

        @Override
        public byte[] getEncoded() {
            throw new UnsupportedOperationException("The key cannot be extracted from the token");
        }
    }

    /** The token's provider: SHA256withRSA with a {@link TokenKey}, counting the signatures it makes. */
    private static final class TokenProvider extends Provider {

        private final AtomicInteger signatures = new AtomicInteger();

        TokenProvider() {
            super("KansliaTestToken", "1", "Signs with keys that refuse to leave it");
            putService(new Service(this, "Signature", "SHA256withRSA", TokenSignature.class.getName(), List.of(), Map.of()) {
                @Override
                public Object newInstance(Object constructorParameter) {
                    return new TokenSignature(signatures);
                }
            });
        }
    }

    private static final class TokenSignature extends SignatureSpi {

        private final AtomicInteger signatures;
        private Signature inside;

        TokenSignature(AtomicInteger signatures) {
            this.signatures = signatures;
        }

        @Override
        protected void engineInitSign(PrivateKey key) throws InvalidKeyException {
            engineInitSign(key, null);
        }

        @Override
        protected void engineInitSign(PrivateKey key, SecureRandom random) throws InvalidKeyException {
            if (!(key instanceof TokenKey tokenKey)) {
                throw new InvalidKeyException("Not a key of this token");
            }
            try {
                inside = Signature.getInstance("SHA256withRSA", "SunRsaSign");
            } catch (NoSuchAlgorithmException | NoSuchProviderException e) {
                throw new InvalidKeyException(e);
            }
            inside.initSign(tokenKey.inside());
        }

        @Override
        protected void engineInitVerify(PublicKey key) throws InvalidKeyException {
            throw new InvalidKeyException("The token only signs");
        }

        @Override
        protected void engineUpdate(byte b) throws SignatureException {
            inside.update(b);
        }

        @Override
        protected void engineUpdate(byte[] bytes, int offset, int length) throws SignatureException {
            inside.update(bytes, offset, length);
        }

        @Override
        protected byte[] engineSign() throws SignatureException {
            signatures.incrementAndGet();
            return inside.sign();
        }

        @Override
        protected boolean engineVerify(byte[] signature) throws SignatureException {
            throw new SignatureException("The token only signs");
        }

        @Override
        @Deprecated
        protected void engineSetParameter(String param, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        @Deprecated
        protected Object engineGetParameter(String param) {
            throw new UnsupportedOperationException();
        }
    }
}
