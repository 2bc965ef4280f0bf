package org.tocsin.security;

import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP from the environment: {@code TOCSIN_SMTP_HOST}, {@code TOCSIN_SMTP_PORT} (587),
 * {@code TOCSIN_SMTP_USER}, {@code TOCSIN_SMTP_PASSWORD}, {@code TOCSIN_SMTP_STARTTLS} (true),
 * or the same as {@code tocsin.smtp.*} properties. Boot's own {@code spring.mail.*} still works
 * when this is not set. Without a host, {@link Mailer} keeps mail in the outbox.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @Conditional(SmtpConfigured.class)
    JavaMailSenderImpl tocsinMailSender(Environment env) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(setting(env, "host", ""));
        sender.setPort(Integer.parseInt(setting(env, "port", "587")));
        String user = setting(env, "user", "");
        if (!user.isBlank()) {
            sender.setUsername(user);
            sender.setPassword(setting(env, "password", ""));
        }
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.auth", Boolean.toString(!user.isBlank()));
        properties.setProperty("mail.smtp.starttls.enable", setting(env, "starttls", "true"));
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "10000");
        sender.setJavaMailProperties(properties);
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    static String setting(Environment env, String name, String fallback) {
        String value = env.getProperty("tocsin.smtp." + name);
        if (value == null || value.isBlank()) {
            value = env.getProperty("TOCSIN_SMTP_" + name.toUpperCase(java.util.Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    static class SmtpConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !setting(context.getEnvironment(), "host", "").isBlank();
        }
    }
}
