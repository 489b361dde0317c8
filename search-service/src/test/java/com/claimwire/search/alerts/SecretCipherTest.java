package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String SECRET = "a-webhook-secret-of-some-length";

    private final SecretCipher cipher = new SecretCipher(key(1));

    @Test
    void aSealedSecretOpensToTheSecretAndDoesNotContainIt() {
        String sealed = cipher.seal("rule-1", SECRET);

        assertThat(sealed).startsWith(SecretCipher.PREFIX).doesNotContain(SECRET)
                .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(SECRET.getBytes()));
        assertThat(cipher.open("rule-1", sealed)).isEqualTo(SECRET);
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentCiphertexts() {
        assertThat(cipher.seal("rule-1", SECRET)).isNotEqualTo(cipher.seal("rule-1", SECRET));
    }

    @Test
    void aSecretSealedForOneRuleDoesNotOpenForAnother() {
        String sealed = cipher.seal("rule-1", SECRET);

        assertThatThrownBy(() -> cipher.open("rule-2", sealed))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class)
                .hasMessageContaining("claimwire.search.alerts.secret-key");
    }

    @Test
    void aSecretSealedUnderAnotherKeyDoesNotOpen() {
        String sealed = new SecretCipher(key(2)).seal("rule-1", SECRET);

        assertThatThrownBy(() -> cipher.open("rule-1", sealed)).isInstanceOf(SecretCipher.UnreadableSecretException.class);
    }

    @Test
    void aTamperedSecretDoesNotOpen() {
        byte[] sealed = Base64.getUrlDecoder().decode(cipher.seal("rule-1", SECRET).substring(SecretCipher.PREFIX.length()));
        sealed[sealed.length / 2] ^= 1;
        String tampered = SecretCipher.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);

        assertThatThrownBy(() -> cipher.open("rule-1", tampered)).isInstanceOf(SecretCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.open("rule-1", SecretCipher.PREFIX + "AAAA"))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class).hasMessageContaining("too short");
    }

    @Test
    void aSecretInTheClearIsNotTakenForASealedOne() {
        assertThatThrownBy(() -> cipher.open("rule-1", SECRET))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class).hasMessageContaining("not sealed");
    }

    @Test
    void aKeyOfAnotherLengthIsRefusedWithoutRepeatingIt() {
        String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());

        assertThatThrownBy(() -> SecretCipher.fromBase64(shortKey))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> SecretCipher.fromBase64("not base64!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not base64");
    }

    @Test
    void theDevelopmentKeyIsAUsableKey() {
        SecretCipher development = SecretCipher.fromBase64(AlertsProperties.DEVELOPMENT_SECRET_KEY);

        assertThat(development.open("r", development.seal("r", SECRET))).isEqualTo(SECRET);
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[SecretCipher.KEY_BYTES];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
