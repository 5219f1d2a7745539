package vn.danvankheo.accounts;

import org.springframework.stereotype.Service;

/**
 * The mails that carry one-time links: an invitation and a forgotten password. A forgotten-password request for an
 * address no account has sends nothing and says nothing, so the form cannot be used to learn who has an account.
 * Blocking.
 */
@Service
public class PasswordMails {

    private final OutgoingMail mail;
    private final OutgoingMailProperties properties;
    private final AccountDirectory directory;
    private final PasswordLinks links;
    private final AccountsProperties accounts;

    PasswordMails(
            OutgoingMail mail,
            OutgoingMailProperties properties,
            AccountDirectory directory,
            PasswordLinks links,
            AccountsProperties accounts) {
        this.mail = mail;
        this.properties = properties;
        this.directory = directory;
        this.links = links;
        this.accounts = accounts;
    }

    /** The page a one-time link opens. */
    public String linkFor(String token) {
        return properties.siteUrl() + "/dat-mat-khau/" + token;
    }

    public void sendInvitation(AccountAdministration.Invitation invitation, String email) {
        Account account = invitation.account();
        mail.send(new Mail(
                email,
                "Lời mời tham gia Bản đồ số mô hình “Dân vận khéo”",
                "Xin chào " + account.displayName() + ",\n\n"
                        + "Bạn được mời dùng Bản đồ số mô hình “Dân vận khéo” với vai trò "
                        + account.role().labelVi() + ".\nTên đăng nhập: " + account.username()
                        + "\n\nMở đường dẫn sau để đặt mật khẩu (dùng được một lần, trong "
                        + accounts.invitationValidity().toDays() + " ngày):\n" + linkFor(invitation.token()) + "\n"));
    }

    public void sendReset(Account account, String email, String token) {
        mail.send(new Mail(
                email,
                "Đặt lại mật khẩu – Bản đồ số mô hình “Dân vận khéo”",
                "Xin chào " + account.displayName() + ",\n\n"
                        + "Có yêu cầu đặt lại mật khẩu cho tài khoản " + account.username()
                        + ". Mở đường dẫn sau để đặt mật khẩu mới (dùng được một lần, trong "
                        + accounts.resetValidity().toMinutes() + " phút):\n" + linkFor(token)
                        + "\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu cũ vẫn dùng được.\n"));
    }

    /** Mails a reset link to the address if an enabled account has it; otherwise does nothing. */
    public void forgotten(String email) {
        directory
                .findByEmail(email)
                .filter(Account::enabled)
                .ifPresent(account -> sendReset(
                        account,
                        email.strip(),
                        links.issue(account.id(), PasswordLinks.Purpose.RESET, accounts.resetValidity())));
    }
}
