package dev.centraldistribution.distributor.livechanges;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link LiveUpdatesProperties} for every kind of live change. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveUpdatesProperties.class)
class LiveChangesConfiguration {

}
