package vn.danvankheo.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tileUrl the base map's tile template; blank shows markers and outlines on a plain background, which is what
 *     a machine without internet access gets
 * @param tileAttribution the credit the tile provider requires
 * @param contactEmail where visitors write about the site and its data, shown in every page's footer; blank shows
 *     none rather than an address no one reads
 */
@ConfigurationProperties("dvk.site")
public record SiteProperties(String tileUrl, String tileAttribution, String contactEmail) {

    public SiteProperties {
        tileUrl = tileUrl == null ? "" : tileUrl.strip();
        tileAttribution = tileAttribution == null ? "" : tileAttribution;
        contactEmail = contactEmail == null ? "" : contactEmail.strip();
    }

    String tileOrigin() {
        if (tileUrl.isEmpty()) {
            return "";
        }
        var uri = java.net.URI.create(tileUrl.replace("{s}", "a")
                .replace("{z}", "0")
                .replace("{x}", "0")
                .replace("{y}", "0")
                .replace("{r}", ""));
        String wildcardSubdomains =
                tileUrl.contains("{s}") ? "*." + uri.getHost().substring(2) : uri.getHost();
        return uri.getScheme() + "://" + wildcardSubdomains;
    }

    /**
     * @param storageOrigin where browsers send upload parts straight to object storage, which pages' scripts must be
     *     allowed to connect to
     */
    String contentSecurityPolicy(String storageOrigin) {
        return contentSecurityPolicy(storageOrigin, "'none'");
    }

    /** @param frameAncestors who may frame the page: no one, except the embed page, which any site may */
    String contentSecurityPolicy(String storageOrigin, String frameAncestors) {
        String tiles = tileOrigin().isEmpty() ? "" : " " + tileOrigin();
        return "default-src 'self'; img-src 'self' data:" + tiles + "; connect-src 'self' " + storageOrigin
                + "; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors " + frameAncestors
                + "; base-uri 'self'";
    }
}
