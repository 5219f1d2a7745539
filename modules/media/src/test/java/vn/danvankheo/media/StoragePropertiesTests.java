package vn.danvankheo.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoragePropertiesTests {

    @Test
    void browsersReachStorageWhereTheApplicationDoesUnlessToldOtherwise() {
        var local = new StorageProperties("http://127.0.0.1:19000", "a", "s", null, null, null, null, null);
        var behindProxy = new StorageProperties(
                "http://minio:9000", "a", "s", null, null, null, "https://kho.danvankheo.vn/", null);

        assertThat(local.publicOrigin()).isEqualTo("http://127.0.0.1:19000");
        assertThat(behindProxy.publicOrigin()).isEqualTo("https://kho.danvankheo.vn");
    }
}
