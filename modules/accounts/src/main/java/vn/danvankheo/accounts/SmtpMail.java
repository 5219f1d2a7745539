package vn.danvankheo.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Production mail through the SMTP server of {@code spring.mail.*}. Blocking: callers run it off the event loop. */
@Component
@ConditionalOnProperty(name = "dvk.mail.mode", havingValue = "smtp")
class SmtpMail implements OutgoingMail {

    private final JavaMailSender sender;
    private final OutgoingMailProperties properties;

    SmtpMail(JavaMailSender sender, OutgoingMailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void send(Mail mail) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        sender.send(message);
    }
}
