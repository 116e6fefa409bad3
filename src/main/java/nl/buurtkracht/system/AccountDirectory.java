package nl.buurtkracht.system;

import java.util.Optional;

/** Looks up sign-in accounts; implemented by the module that owns accounts. */
public interface AccountDirectory {
    Optional<CurrentUser> findByLogin(String email);

    Optional<CurrentUser> findById(long accountId);
}
