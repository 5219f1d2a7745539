package vn.danvankheo.accounts;

/**
 * Where mails go: SMTP in production ({@code dvk.mail.mode=smtp} with {@code spring.mail.*}), a folder of files on a
 * developer's machine and in the local stack ({@code dvk.mail.mode=folder}, the default).
 */
public interface OutgoingMail {

    void send(Mail mail);
}
