package com.claimwire.search.alerts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals webhook secrets for storage (the rules index, the rule-change topic): AES-256-GCM under a key that every
 * instance shares, with a fresh random nonce per secret and the rule id as associated data, so that a sealed secret
 * copied onto another rule does not open. Sealed form: {@code A256GCM.<base64url(nonce | ciphertext | tag)>}.
 */
final class SecretCipher {

    /** Marks a sealed secret and its scheme. */
    static final String PREFIX = "A256GCM.";
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    /** A sealed secret that does not open: not sealed, damaged, sealed for another rule or under another key. */
    static final class UnreadableSecretException extends RuntimeException {
        UnreadableSecretException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secret key must be " + KEY_BYTES + " bytes (256 bits), was "
                    + (key == null ? 0 : key.length));
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /**
     * A cipher under {@code base64Key}.
     *
     * @throws IllegalArgumentException when it is not base64 of 32 bytes (the message never repeats the key)
     */
    static SecretCipher fromBase64(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secret key is not base64", null);
        }
        return new SecretCipher(key);
    }

    /** {@code secret} of rule {@code ruleId}, sealed. */
    String seal(String ruleId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ruleId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * The secret of rule {@code ruleId} that {@code sealed} holds.
     *
     * @throws UnreadableSecretException when it does not open
     */
    String open(String ruleId, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new UnreadableSecretException("the webhook secret is not sealed with " + PREFIX, null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException("the sealed webhook secret is damaged (not base64)", null);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableSecretException("the sealed webhook secret is damaged (too short)", null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(ruleId.getBytes(StandardCharsets.UTF_8));
            byte[] secret = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(secret, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException("the webhook secret does not open with this instance's key (every "
                    + "instance must share claimwire.search.alerts.secret-key) or was sealed for another rule", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
