package vn.danvankheo.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code ./dvk seed}: the application started to load or remove generated models, which stops once done instead of
 * serving the site. It starts once the application is ready, after every start-up runner: on a new database the
 * places dataset must be imported before the first commune is looked up.
 */
@Component
@EnableConfigurationProperties(SeedProperties.class)
@ConditionalOnExpression("'${dvk.seed.command:}' != ''")
class SeedCommand {

    private static final Logger log = LoggerFactory.getLogger(SeedCommand.class);

    private final SeedProperties properties;
    private final SeedRun run;
    private final ConfigurableApplicationContext context;

    SeedCommand(SeedProperties properties, SeedRun run, ConfigurableApplicationContext context) {
        this.properties = properties;
        this.run = run;
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void run() {
        int status = 0;
        try {
            switch (properties.command()) {
                case "load" -> run.load(properties);
                case "remove" -> run.removeAll();
                default ->
                    throw new IllegalArgumentException(
                            "dvk.seed.command is load or remove, not " + properties.command());
            }
        } catch (RuntimeException e) {
            status = 1;
            log.error("dvk seed {} failed; running it again resumes where it stopped", properties.command(), e);
        } finally {
            int exit = status;
            System.exit(SpringApplication.exit(context, () -> exit));
        }
    }
}
