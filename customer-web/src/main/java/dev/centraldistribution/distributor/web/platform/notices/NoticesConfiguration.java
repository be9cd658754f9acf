package dev.centraldistribution.distributor.web.platform.notices;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

/**
 * Flash attributes travel in a cookie ({@link CookieFlashMapManager}); Spring Boot's
 * session-backed manager steps aside for a bean of this name.
 */
@Configuration(proxyBeanMethods = false)
class NoticesConfiguration {

	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager(JsonMapper json) {
		return new CookieFlashMapManager(new FlashCookieCodec(json));
	}

}
