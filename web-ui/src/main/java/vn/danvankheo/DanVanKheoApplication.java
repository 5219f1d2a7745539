package vn.danvankheo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Lives in the root package so that scanning covers every capability module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DanVanKheoApplication {

    public static void main(String[] args) {
        SpringApplication.run(DanVanKheoApplication.class, args);
    }
}
