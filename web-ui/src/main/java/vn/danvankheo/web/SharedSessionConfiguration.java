package vn.danvankheo.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionIdResolver;
import org.springframework.web.server.session.WebSessionManager;
import vn.danvankheo.accounts.SharedWebSessions;

/**
 * Sessions in the shared database instead of one process's memory, so several instances serve one signed-in person
 * (ADR 17). Replaces Boot's in-memory manager by its bean name; the cookie stays Boot's ({@code SESSION}).
 */
@Configuration(proxyBeanMethods = false)
class SharedSessionConfiguration {

    @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
    WebSessionManager webSessionManager(SharedWebSessions sessions, ObjectProvider<WebSessionIdResolver> cookies) {
        var manager = new DefaultWebSessionManager();
        manager.setSessionStore(sessions);
        cookies.ifAvailable(manager::setSessionIdResolver);
        return manager;
    }
}
