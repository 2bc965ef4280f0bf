package org.tocsin.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * The service without its web server, for commands that need the database (keys, audit). With
 * the embedded database, stop the running service first: its database admits one process.
 */
final class ServiceContext {

    private ServiceContext() {
    }

    // By name: the application class calls the command line, so naming it here would be a cycle.
    private static final String APPLICATION = "org.tocsin.TocsinApplication";

    static ConfigurableApplicationContext start(String[] springArgs, String... properties) {
        return new SpringApplicationBuilder(application(), CommandSecurity.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // A command is no first start: no demo case, and only warnings on the console.
                .properties("tocsin.demo=false", "logging.level.root=warn", "logging.level.org.tocsin=warn")
                .properties(properties)
                .run(springArgs);
    }

    /**
     * Spring Boot sets up web security only for a web application, but the security module's
     * filter chains are still declared: this gives them what they need to be built, unused.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class CommandSecurity {
    }

    private static Class<?> application() {
        try {
            return Class.forName(APPLICATION, true, ServiceContext.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
