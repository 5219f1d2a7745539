package vn.danvankheo.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Believes forwarded headers only from the configured proxies; from anyone else they are dropped, so a client cannot
 * pick its own address for the sign-in throttle. Runs before the exchange exists, so the session cookie, the CSRF
 * cookie and every filter see the client's scheme and address.
 *
 * <p>The client is the last address in X-Forwarded-For that is not a trusted proxy: earlier entries are whatever the
 * client chose to send, the proxies append the rest.
 */
class TrustedProxyForwarding extends ForwardedHeaderTransformer {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final AddressRanges proxies;
    private final ForwardedHeaderTransformer dropping = new ForwardedHeaderTransformer();

    TrustedProxyForwarding(AddressRanges proxies) {
        this.proxies = proxies;
        this.dropping.setRemoveOnly(true);
    }

    @Override
    public ServerHttpRequest apply(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (!proxies.contain(remote)) {
            return dropping.apply(request);
        }
        InetSocketAddress client = client(request.getHeaders().getValuesAsList(FORWARDED_FOR), remote);
        return super.apply(request).mutate().remoteAddress(client).build();
    }

    private InetSocketAddress client(List<String> forwardedFor, InetSocketAddress proxy) {
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> java.util.Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break;
            }
            if (!proxies.contain(hop) || i == 0) {
                return new InetSocketAddress(hop, 0);
            }
        }
        return proxy;
    }

    /** Only numeric addresses: a name in the header must never cause a DNS lookup. */
    private static InetAddress literal(String hop) {
        String bare = hop.startsWith("[") && hop.contains("]") ? hop.substring(1, hop.indexOf(']')) : hop;
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
