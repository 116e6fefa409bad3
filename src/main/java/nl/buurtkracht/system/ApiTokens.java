package nl.buurtkracht.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts. The secret is shown once at creation; only its SHA-256 hash is
 * stored, so a database leak reveals no usable token.
 */
@Service
public class ApiTokens {

    /** Tokens start with this prefix so that they are easy to recognise in logs and secret scanners. */
    public static final String PREFIX = "bk_";
    private static final int MAX_ACTIVE_PER_ACCOUNT = 20;
    private static final java.time.Duration LAST_USED_PRECISION = java.time.Duration.ofMinutes(1);

    /** A token as listed on the settings page; the secret itself is never listed. */
    public record ApiToken(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {}

    /** A freshly created token with its secret, to be shown exactly once. */
    public record IssuedToken(long id, String name, String secret) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken create(long accountId, String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            throw InvalidInput.of("name", "token.name.invalid", 60);
        }
        if (list(accountId).size() >= MAX_ACTIVE_PER_ACCOUNT) {
            throw InvalidInput.of("name", "token.too-many", MAX_ACTIVE_PER_ACCOUNT);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + HexFormat.of().formatHex(bytes);
        long id = jdbc
            .sql("insert into api_token (account_id, name, token_hash, created_at) values (?, ?, ?, ?) returning id")
            .params(accountId, trimmed, hash(secret), Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
        return new IssuedToken(id, trimmed, secret);
    }

    public List<ApiToken> list(long accountId) {
        return jdbc
            .sql(
                """
                select id, name, created_at, last_used_at from api_token
                where account_id = ? and revoked_at is null order by created_at desc"""
            )
            .param(accountId)
            .query(ApiToken.class)
            .list();
    }

    /** Revokes one of the account's own tokens; another account's token id is treated as unknown. */
    @Transactional
    public void revoke(long accountId, long tokenId) {
        int changed = jdbc
            .sql("update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
            .params(Timestamp.from(clock.instant()), tokenId, accountId)
            .update();
        if (changed == 0) {
            throw new NotFound("token " + tokenId);
        }
    }

    /** The account a presented secret belongs to, if it is a live token. */
    @Transactional
    public Optional<Long> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Live(long id, long accountId, @Nullable Instant lastUsedAt) {}
        var live = jdbc
            .sql("select id, account_id, last_used_at from api_token where token_hash = ? and revoked_at is null")
            .param(hash(secret))
            .query(Live.class)
            .optional();
        // "Last used" to the minute is enough; writing it on every call would make one hot row
        // serialise a script's parallel requests.
        live
            .filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION)))
            .ifPresent(t ->
                jdbc
                    .sql("update api_token set last_used_at = ? where id = ?")
                    .params(Timestamp.from(now), t.id())
                    .update()
            );
        return live.map(Live::accountId);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))
            );
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
