package nl.buurtkracht.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.buurtkracht.notification.NotificationTopic;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed token in a mail's "fewer of these" link: which account and which topic, with an
 * HMAC-SHA256 so that nobody can lower another person's mails by changing a number. The key is
 * {@code buurtkracht.notification.secret}, or else one made once and kept in the database, so
 * that links keep working across restarts and on every instance.
 */
@Component
public class ReduceTokens {

    /** Whose mails and which topic a valid token lowers. */
    public record Reduction(long accountId, NotificationTopic topic) {}

    private static final String HMAC = "HmacSHA256";

    private final JdbcClient jdbc;
    private final String configured;
    private volatile byte@Nullable [] key;

    ReduceTokens(JdbcClient jdbc, @Value("${buurtkracht.notification.secret:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    public String sign(long accountId, NotificationTopic topic) {
        String payload = accountId + "." + topic.name();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload));
    }

    public Optional<Reduction> verify(@Nullable String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        var topic = NotificationTopic.parse(parts[1]);
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, mac(parts[0] + "." + parts[1]))) {
            return Optional.empty();
        }
        return Optional.of(new Reduction(Long.parseLong(parts[0]), topic.get()));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key(), HMAC));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            String secret = configured.isBlank() ? stored() : configured;
            known = secret.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    /** The database's secret, made by whichever instance needs it first. */
    private String stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc
            .sql("insert into notification_secret (id, secret) values (1, ?) on conflict do nothing")
            .param(HexFormat.of().formatHex(fresh))
            .update();
        return jdbc.sql("select secret from notification_secret where id = 1").query(String.class).single();
    }
}
