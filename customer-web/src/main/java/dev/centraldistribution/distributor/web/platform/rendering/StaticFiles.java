package dev.centraldistribution.distributor.web.platform.rendering;

import java.util.Map;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files are served from their own folders only, with Spring Boot's settings
 * ({@code spring.web.resources.*}: content hash in the address, a year's cache) and in
 * place of its mappings ({@code spring.web.resources.add-mappings: false}). Boot maps
 * {@code /**}: then every link a page writes ({@code /dashboard}, {@code /cart},
 * {@code /orders}, ...) went looking for a static file of that name through the class
 * loader to put its hash in the address, found none, and a miss is never cached: a
 * quarter of the dashboard's CPU (docs/benchmarks.md, "Third round"). A link outside
 * these folders now matches no static mapping and is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	private static final Map<String, String> FOLDERS = Map.of("/css/**", "classpath:/static/css/", "/js/**",
			"classpath:/static/js/", "/images/**", "classpath:/static/images/", "/webjars/**",
			"classpath:/META-INF/resources/webjars/");

	private final WebProperties.Resources resources;

	StaticFiles(WebProperties web) {
		this.resources = web.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		WebProperties.Resources.Cache cache = this.resources.getCache();
		WebProperties.Resources.Chain chain = this.resources.getChain();
		FOLDERS.forEach((pattern, location) -> {
			ResourceChainRegistration files = registry.addResourceHandler(pattern)
				.addResourceLocations(location)
				.setCacheControl(cache.getCachecontrol().toHttpCacheControl())
				.setUseLastModified(cache.isUseLastModified())
				.resourceChain(chain.isCache());
			if (chain.isCompressed()) {
				files.addResolver(new EncodedResourceResolver());
			}
			if (chain.getStrategy().getContent().isEnabled()) {
				files.addResolver(new VersionResourceResolver()
					.addContentVersionStrategy(chain.getStrategy().getContent().getPaths()));
			}
		});
	}

}
