package nl.buurtkracht.system;

import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a create safe to retry: the first request with an {@code Idempotency-Key} creates, every
 * retry with the same key (same account, same kind of thing) gets the id of what was created.
 */
@Service
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int LONGEST_KEY = 200;

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code create} unless this key was used before, in the caller's transaction: a concurrent
     * retry waits on the key's row until the first one commits and then answers with its id. Without
     * a key it simply creates.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long once(CurrentUser user, String scope, @Nullable String key, LongSupplier create) {
        if (key == null || key.isBlank()) {
            return create.getAsLong();
        }
        if (key.length() > LONGEST_KEY) {
            throw InvalidInput.of(HEADER, "idempotency.key.too-long", LONGEST_KEY);
        }
        int claimed = jdbc
            .sql("insert into idempotency_key (account_id, scope, key) values (?, ?, ?) on conflict do nothing")
            .params(user.accountId(), scope, key)
            .update();
        if (claimed == 0) {
            Long earlier = jdbc
                .sql("select result_id from idempotency_key where account_id = ? and scope = ? and key = ?")
                .params(user.accountId(), scope, key)
                .query(Long.class)
                .single();
            if (earlier == null) {
                throw InvalidInput.of(HEADER, "idempotency.key.in-use");
            }
            return earlier;
        }
        long id = create.getAsLong();
        jdbc
            .sql("update idempotency_key set result_id = ? where account_id = ? and scope = ? and key = ?")
            .params(id, user.accountId(), scope, key)
            .update();
        return id;
    }
}
