package vn.danvankheo.media.photos;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danvankheo.media.UnsupportedMediaException;

class PixelLimitsTests {

    @Test
    void aSideOverTwelveThousandPixelsIsRefusedSayingBothSizes() {
        assertThatThrownBy(() -> PixelLimits.check(30_000, 30_000, 5_000_000))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessage("Ảnh quá lớn: 30.000 × 30.000 điểm ảnh; tối đa 12.000 điểm ảnh mỗi chiều.");
        assertThatThrownBy(() -> PixelLimits.check(12_001, 100, 5_000_000))
                .isInstanceOf(UnsupportedMediaException.class);
    }

    @Test
    void moreThanFiftyMegapixelsIsRefusedEvenWithinTheSideLimit() {
        assertThatThrownBy(() -> PixelLimits.check(10_000, 6_000, 30_000_000))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessage("Ảnh quá lớn: 10.000 × 6.000 điểm ảnh (60 triệu); tối đa 50 triệu điểm ảnh.");
    }

    @Test
    void aLargePictureInATinyFileIsRefusedAsABomb() {
        assertThatThrownBy(() -> PixelLimits.check(6_000, 6_000, 200))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessageContaining("Tệp ảnh bất thường: khai báo 6.000 × 6.000 điểm ảnh nhưng chỉ nặng 200 byte");
    }

    @Test
    void realPhotosAndFlatSmallPicturesPass() {
        // A 48 MP phone photo of ordinary size, and a flat 12 MP screenshot that compresses extremely well.
        assertThatCode(() -> PixelLimits.check(8_000, 6_000, 12_000_000)).doesNotThrowAnyException();
        assertThatCode(() -> PixelLimits.check(12_000, 1_000, 9_000)).doesNotThrowAnyException();
        assertThatCode(() -> PixelLimits.check(12_000, 4_166, 60_000)).doesNotThrowAnyException();
    }
}
