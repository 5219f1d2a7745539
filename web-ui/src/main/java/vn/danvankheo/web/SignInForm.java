package vn.danvankheo.web;

import java.net.InetSocketAddress;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What a sign-in attempt says about itself: the username typed and where it comes from. */
final class SignInForm {

    private SignInForm() {}

    static Mono<String> username(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> {
            String username = form.getFirst("username");
            return username == null ? "" : username;
        });
    }

    /** Behind a proxy listed in dvk.proxy.trusted-proxies, the client's address: see TrustedProxyForwarding. */
    static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }
}
