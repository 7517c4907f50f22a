package org.leaps.portal.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signed acknowledgement tokens for email links: the delivery id plus an HMAC-SHA256 over it. The
 * token only names a delivery; the person must still be signed in as its recipient, and the
 * delivery records that the token was used, so it works once. Other modules sign their own links
 * with the same rules and key through {@link #createFor} and {@link #verifyFor}, each with its own
 * purpose, so a token made for one purpose never passes for another.
 */
@Component
public class AckTokens {

  private static final String ALERT_ACK = "alert-ack";

  private static final Logger log = LoggerFactory.getLogger(AckTokens.class);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final byte[] key;

  AckTokens(AlertSettings settings) {
    if (settings.tokenSecret().isBlank()) {
      log.warn(
          "LEAPS_ALERTS_TOKEN_SECRET is not set: acknowledgement links use a random key and stop"
              + " working after a restart or on other nodes");
      key = new byte[32];
      new SecureRandom().nextBytes(key);
    } else {
      key = settings.tokenSecret().getBytes(StandardCharsets.UTF_8);
    }
  }

  String create(long deliveryId) {
    return createFor(ALERT_ACK, deliveryId);
  }

  /** The delivery id the token was made for, or empty when it is malformed or not ours. */
  OptionalLong verify(String token) {
    return verifyFor(ALERT_ACK, token);
  }

  /** A signed token naming {@code id} for one purpose (a short fixed word such as "callout"). */
  public String createFor(String purpose, long id) {
    String payload = Long.toString(id);
    return ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII))
        + "."
        + ENCODER.encodeToString(mac(purpose, payload));
  }

  /** The id a token of this purpose was made for, or empty when malformed, forged or not ours. */
  public OptionalLong verifyFor(String purpose, String token) {
    if (token == null || token.length() > 200) {
      return OptionalLong.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return OptionalLong.empty();
    }
    try {
      String payload =
          new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(mac(purpose, payload), signature)) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(Long.parseLong(payload));
    } catch (IllegalArgumentException e) {
      return OptionalLong.empty();
    }
  }

  private byte[] mac(String purpose, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal((purpose + ":" + payload).getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
