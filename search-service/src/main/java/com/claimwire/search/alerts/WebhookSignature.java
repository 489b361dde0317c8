package com.claimwire.search.alerts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: HMAC-SHA256 with the rule's secret over {@code <timestamp>.<body>}, sent as
 * {@code sha256=<hex>}. Signing the timestamp with the body lets a receiver refuse replays of old deliveries.
 */
public final class WebhookSignature {

    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Claimwire-Signature";
    /** The header carrying the signed timestamp, in seconds since the epoch. */
    public static final String TIMESTAMP_HEADER = "X-Claimwire-Timestamp";

    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** The signature header value of {@code body} sent at {@code timestampSeconds}. */
    public static String sign(String secret, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} is the signature of {@code body} at {@code timestampSeconds}, compared in constant time. */
    public static boolean verify(String secret, long timestampSeconds, byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
