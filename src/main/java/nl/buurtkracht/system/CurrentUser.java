package nl.buurtkracht.system;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. {@code residentId} is empty for professionals without a home address in
 * the platform (a community builder, an analyst); {@code scope} says where they belong.
 */
public record CurrentUser(
    long accountId,
    @Nullable Long residentId,
    String displayName,
    String email,
    String passwordHash,
    Set<Role> roles,
    Scope scope
) implements UserDetails {
    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isResident(long id) {
        return residentId != null && residentId == id;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles
            .stream()
            .map(r -> new SimpleGrantedAuthority(r.authority()))
            .collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String toString() {
        return "CurrentUser[account=" + accountId + ", roles=" + roles + "]";
    }
}
