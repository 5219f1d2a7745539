package vn.danvankheo.admin;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import vn.danvankheo.accounts.FirstAdministrator;
import vn.danvankheo.accounts.InvalidAccountException;
import vn.danvankheo.accounts.PasswordMails;

/**
 * {@code ./dvk admin create <email>}: the application started with {@code --dvk.admin.create=<email>} opens the first
 * administrator, prints its one-time link and stops. Whoever runs it has the machine and its database already, so the
 * link on their terminal gives nothing they did not have.
 */
@Component
@ConditionalOnProperty("dvk.admin.create")
public class FirstAdministratorCommand implements ApplicationRunner {

    private final FirstAdministrator first;
    private final PasswordMails links;
    private final ConfigurableApplicationContext context;
    private final String email;

    FirstAdministratorCommand(
            FirstAdministrator first,
            PasswordMails links,
            ConfigurableApplicationContext context,
            @Value("${dvk.admin.create}") String email) {
        this.first = first;
        this.links = links;
        this.context = context;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = run(email, System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** What the command does, for tests to run the same code: 0 and the link printed, or 1 and the reason. */
    public int run(String email, PrintStream out) {
        try {
            FirstAdministrator.Created created = first.create(email);
            out.println("Đã tạo quản trị viên \"" + created.account().username() + "\".");
            out.println("Mở đường dẫn sau (dùng được một lần) để đặt mật khẩu, rồi đăng nhập:");
            out.println(links.linkFor(created.token()));
            return 0;
        } catch (InvalidAccountException e) {
            out.println("Không tạo được quản trị viên: " + e.getMessage());
            return 1;
        }
    }
}
