package nl.buurtkracht.people;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.Areas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One letter code per address. Each person of the household may use it once to make an account,
 * up to a limit; codes expire. Counting a use is one conditional UPDATE, so ten people using the
 * same code at once create exactly as many accounts as the code allows.
 */
@Service
public class HouseholdCodes {

    /** Letters and digits that cannot be mistaken for each other on paper (no 0/O, 1/I/L). */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    public static final Duration VALIDITY = Duration.ofDays(90);

    /** A code as printed on a letter. */
    public record Letter(AddressView address, String code, Instant expiresAt) {
        /** "ABCD-EFGH": easier to read and type. */
        public String printedCode() {
            return code.substring(0, 4) + "-" + code.substring(4);
        }
    }

    sealed interface Redemption {
        record Accepted(long addressId) implements Redemption {}

        record Refused(String messageKey) implements Redemption {}
    }

    private final JdbcClient jdbc;
    private final Areas areas;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    HouseholdCodes(JdbcClient jdbc, Areas areas, Clock clock) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.clock = clock;
    }

    /**
     * Gives every address of the street a live code: addresses with a live code keep it, expired or
     * missing codes are replaced. Returns the letters to print, in house-number order.
     */
    @Transactional
    public List<Letter> issueForStreet(long streetId) {
        Instant now = clock.instant();
        return areas
            .addressesOn(streetId)
            .stream()
            .map(address -> issue(address, now))
            .toList();
    }

    private Letter issue(AddressView address, Instant now) {
        var live = jdbc
            .sql("select code, expires_at from household_code where address_id = ? and expires_at > ?")
            .params(address.id(), Timestamp.from(now))
            .query((rs, i) -> new Letter(address, rs.getString(1), rs.getTimestamp(2).toInstant()))
            .optional();
        if (live.isPresent()) {
            return live.get();
        }
        Instant expires = now.plus(VALIDITY);
        String code = newCode();
        jdbc
            .sql(
                """
                insert into household_code (address_id, code, issued_at, expires_at) values (?, ?, ?, ?)
                on conflict (address_id) do update set code = excluded.code, issued_at = excluded.issued_at,
                  expires_at = excluded.expires_at, uses = 0"""
            )
            .params(address.id(), code, Timestamp.from(now), Timestamp.from(expires))
            .update();
        return new Letter(address, code, expires);
    }

    /** Counts one use of the code, or says why it cannot be used. */
    Redemption redeem(String code) {
        Instant now = clock.instant();
        var accepted = jdbc
            .sql(
                """
                update household_code set uses = uses + 1
                where code = ? and expires_at > ? and uses < max_uses returning address_id"""
            )
            .params(code, Timestamp.from(now))
            .query(Long.class)
            .optional();
        if (accepted.isPresent()) {
            return new Redemption.Accepted(accepted.get());
        }
        return jdbc
            .sql("select expires_at > ? as live from household_code where code = ?")
            .params(Timestamp.from(now), code)
            .query(Boolean.class)
            .optional()
            .<Redemption>map(live -> new Redemption.Refused(live ? "join.code.used" : "join.code.expired"))
            .orElse(new Redemption.Refused("join.code.unknown"));
    }

    String newCode() {
        var sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Upper case without spaces or dashes, so "abcd-efgh" and "ABCD EFGH" are the same code. */
    static String normalise(String raw) {
        return raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static boolean wellFormed(String code) {
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
