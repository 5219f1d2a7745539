package vn.danvankheo.catalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The catalog declares its own entities and repositories, so any application that includes it gets them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
@EntityScan(basePackageClasses = CatalogConfiguration.class)
@EnableJpaRepositories(basePackageClasses = CatalogConfiguration.class)
class CatalogConfiguration {}
