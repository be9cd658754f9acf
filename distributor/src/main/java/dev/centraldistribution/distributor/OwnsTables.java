package dev.centraldistribution.distributor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the database tables a feature module owns, on its {@code package-info.java}. Only
 * the owner's SQL names them; other modules go through the owner's API. The architecture
 * tests check both that every table has one owner and that no module's SQL names another
 * module's table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

	/**
	 * The tables, as the migrations name them.
	 * @return table names
	 */
	String[] value();

}
