package vn.danvankheo.catalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The catalog declares its own entities and repositories, so any application that includes it gets them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
@EntityScan(basePackageClasses = CatalogConfiguration.class)
@EnableJpaRepositories(basePackageClasses = CatalogConfiguration.class)
class CatalogConfiguration {

    /**
     * Both Jackson 2 (brought by libraries) and Jackson 3 (Spring's) are on the class path; Hibernate would take
     * Jackson 2, which cannot write dates. Details are written as the rest of the application writes JSON.
     */
    @Bean
    HibernatePropertiesCustomizer jsonColumnsWithJackson3() {
        return properties -> properties.put("hibernate.type.json_format_mapper", "jackson3");
    }
}
