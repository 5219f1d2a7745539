package vn.danvankheo.accounts;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode {@code folder} writes each mail to a file in {@code folder}; {@code smtp} sends it through the server
 *     configured by {@code spring.mail.host}, {@code port}, {@code username}, {@code password}
 * @param folder where the folder mode writes
 * @param from the sender address
 * @param siteUrl the site's address, for the links in mails
 */
@ConfigurationProperties("dvk.mail")
public record OutgoingMailProperties(String mode, Path folder, String from, String siteUrl) {

    public OutgoingMailProperties {
        mode = mode == null || mode.isBlank() ? "folder" : mode.strip();
        folder = folder == null ? Path.of("mail") : folder;
        from = from == null || from.isBlank() ? "khong-tra-loi@danvankheo.local" : from.strip();
        siteUrl = siteUrl == null || siteUrl.isBlank() ? "http://localhost:8080" : siteUrl.strip();
        siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }
}
