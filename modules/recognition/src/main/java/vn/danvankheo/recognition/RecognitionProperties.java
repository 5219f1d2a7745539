package vn.danvankheo.recognition;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jdbcThreads how many blocking database calls the workflow runs at once
 * @param honourDay the day honouring events are held unless a level says otherwise: 15 October, the traditional day
 *     of the Party's mass mobilisation work (seed 002, section V.1)
 */
@ConfigurationProperties("dvk.recognition")
public record RecognitionProperties(Integer jdbcThreads, MonthDay honourDay) {

    public RecognitionProperties {
        jdbcThreads = jdbcThreads == null ? 4 : jdbcThreads;
        honourDay = honourDay == null ? MonthDay.of(10, 15) : honourDay;
    }
}
