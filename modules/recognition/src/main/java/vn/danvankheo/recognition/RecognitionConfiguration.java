package vn.danvankheo.recognition;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecognitionProperties.class)
class RecognitionConfiguration {

    /** Deadlines are judged against this clock, so tests can stand on a given day of the campaign year. */
    @Bean
    Clock recognitionClock() {
        return Clock.systemDefaultZone();
    }
}
