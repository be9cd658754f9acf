package dev.centraldistribution.distributor.web.platform.staticfiles;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files at {@code /css/**}, {@code /js/**}, {@code /images/**} and
 * {@code /webjars/**} only, with Spring Boot's settings for them
 * ({@code spring.web.resources.*}: a year's caching, addresses with a hash of the
 * content); Boot's own mapping of every address ({@code /**}) is off
 * ({@code spring.web.resources.add-mappings: false}).
 * <p>
 * Why: every link a page builds ({@code @{/checkout}}, {@code @{/cart}}, the header's
 * links) goes through the resource URL encoding, which asks each static mapping that
 * matches the link for a file of that name, to put its content hash in the address. With
 * a mapping at {@code /**}, a link to a page was searched for in the four static
 * locations of the class path (in the packaged jar, every nested jar in turn), found
 * nowhere, and a miss is not cached: about 40% of the Java CPU of a checkout's three
 * requests (docs/benchmarks.md, "Third round: the checkout").
 */
@Configuration(proxyBeanMethods = false)
class StaticFilesConfiguration implements WebMvcConfigurer {

	/** The folders of {@code classpath:/static/}, each served at its own name. */
	static final List<String> FOLDERS = List.of("css", "js", "images");

	static final String WEBJARS = "classpath:/META-INF/resources/webjars/";

	private final WebProperties.Resources resources;

	StaticFilesConfiguration(WebProperties web) {
		this.resources = web.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		serve(registry.addResourceHandler("/webjars/**").addResourceLocations(WEBJARS));
		for (String folder : FOLDERS) {
			serve(registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/"));
		}
	}

	/** As Spring Boot's own mappings: caching headers, then the resource chain. */
	private void serve(ResourceHandlerRegistration registration) {
		WebProperties.Resources.Cache cache = this.resources.getCache();
		Duration period = cache.getPeriod();
		if (period != null) {
			registration.setCachePeriod((int) period.getSeconds());
		}
		registration.setCacheControl(cache.getCachecontrol().toHttpCacheControl());
		registration.setUseLastModified(cache.isUseLastModified());
		WebProperties.Resources.Chain chain = this.resources.getChain();
		if (Boolean.TRUE.equals(chain.getEnabled())) {
			ResourceChainRegistration resolvers = registration.resourceChain(chain.isCache());
			if (chain.isCompressed()) {
				resolvers.addResolver(new EncodedResourceResolver());
			}
			VersionResourceResolver versions = versions(chain.getStrategy());
			if (versions != null) {
				resolvers.addResolver(versions);
			}
		}
	}

	private static VersionResourceResolver versions(WebProperties.Resources.Chain.Strategy strategy) {
		boolean content = strategy.getContent().isEnabled();
		boolean fixed = strategy.getFixed().isEnabled();
		if (!content && !fixed) {
			return null;
		}
		VersionResourceResolver versions = new VersionResourceResolver();
		if (fixed) {
			versions.addFixedVersionStrategy(strategy.getFixed().getVersion(), strategy.getFixed().getPaths());
		}
		if (content) {
			versions.addContentVersionStrategy(strategy.getContent().getPaths());
		}
		return versions;
	}

}
