package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePropertiesTests {

    @Test
    void pagesMayConnectToTheStorageOriginBrowsersSendUploadsTo() {
        var site = new SiteProperties("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "", null);

        assertThat(site.contentSecurityPolicy("https://kho.danvankheo.vn"))
                .contains("connect-src 'self' https://kho.danvankheo.vn;")
                .contains("img-src 'self' data: https://*.tile.openstreetmap.org;")
                .contains("default-src 'self';");
    }
}
