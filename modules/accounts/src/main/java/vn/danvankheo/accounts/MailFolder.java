package vn.danvankheo.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Development mail: each mail is a text file in {@code dvk.mail.folder}, to open instead of an inbox. */
@Component
@ConditionalOnProperty(name = "dvk.mail.mode", havingValue = "folder", matchIfMissing = true)
class MailFolder implements OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(MailFolder.class);

    private final OutgoingMailProperties properties;

    MailFolder(OutgoingMailProperties properties) {
        this.properties = properties;
    }

    @Override
    public void send(Mail mail) {
        try {
            Files.createDirectories(properties.folder());
            Path file = properties.folder().resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".txt");
            Files.writeString(
                    file,
                    "From: " + properties.from() + "\nTo: " + mail.to() + "\nSubject: " + mail.subject() + "\n\n"
                            + mail.text() + "\n",
                    StandardCharsets.UTF_8);
            log.info("Mail to {} written to {}", mail.to(), file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the mail to " + properties.folder(), e);
        }
    }
}
