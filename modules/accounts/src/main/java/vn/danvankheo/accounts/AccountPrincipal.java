package vn.danvankheo.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it; pages and endpoints read {@link #account()}. */
public final class AccountPrincipal implements UserDetails {

    private final Account account;
    // Needed only while the password is checked; never written into a stored session.
    private final transient String passwordHash;

    AccountPrincipal(Account account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public Account account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
