package org.kissdetect.features.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The geometry of the training crop: torchvision's RandomResizedCrop(scale=(0.08, 1), ratio=(3/4, 4/3)). */
class RandomResizedCropTest {

    @Property(tries = 2000)
    void everyBoxFitsTheImage(@ForAll @IntRange(min = 1, max = 3000) int width,
            @ForAll @IntRange(min = 1, max = 3000) int height, @ForAll long seed) {
        CropBox box = RandomResizedCrop.cropBox(width, height, new SplittableRandom(seed));

        assertThat(box.fitsIn(width, height)).as("%s in %dx%d", box, width, height).isTrue();
    }

    @Property(tries = 2000)
    void aRandomBoxHasItsAreaAndAspectWithinTheBoundsUpToRounding(@ForAll @IntRange(min = 8, max = 3000) int width,
            @ForAll @IntRange(min = 8, max = 3000) int height, @ForAll long seed) {
        Optional<CropBox> drawn = RandomResizedCrop.randomBox(width, height, new SplittableRandom(seed));

        drawn.ifPresent(box -> {
            // w and h are rounded from reals W, H with W * H in [0.08, 1] of the area and W / H in [3/4, 4/3].
            double area = (double) width * height;
            double w = box.width();
            double h = box.height();
            assertThat((w + 0.5) * (h + 0.5)).as("largest area %s could come from", box).isGreaterThanOrEqualTo(0.08 * area);
            assertThat((w - 0.5) * (h - 0.5)).as("smallest area %s could come from", box).isLessThanOrEqualTo(area);
            assertThat((w + 0.5) / Math.max(h - 0.5, 1e-9)).as("widest aspect").isGreaterThanOrEqualTo(3.0 / 4.0);
            assertThat((w - 0.5) / (h + 0.5)).as("narrowest aspect").isLessThanOrEqualTo(4.0 / 3.0);
        });
    }

    @Test
    void overManySeedsTheBoxesSpanTheWholeRangeOfAreasAspectsAndPositions() {
        int width = 455;
        int height = 256;
        double smallestArea = 1;
        double largestArea = 0;
        double narrowest = 10;
        double widest = 0;
        boolean touchedLeft = false;
        boolean touchedRight = false;
        int drawn = 0;
        for (long seed = 0; seed < 20_000; seed++) {
            Optional<CropBox> box = RandomResizedCrop.randomBox(width, height, new SplittableRandom(seed));
            if (box.isEmpty()) {
                continue;
            }
            drawn++;
            CropBox b = box.get();
            double area = (double) b.width() * b.height() / (width * height);
            double ratio = (double) b.width() / b.height();
            smallestArea = Math.min(smallestArea, area);
            largestArea = Math.max(largestArea, area);
            narrowest = Math.min(narrowest, ratio);
            widest = Math.max(widest, ratio);
            touchedLeft |= b.left() == 0;
            touchedRight |= b.left() + b.width() == width;
        }
        assertThat(drawn).as("seeds whose ten tries found a box").isGreaterThan(19_900);
        assertThat(smallestArea).isBetween(0.075, 0.085);
        assertThat(largestArea).isGreaterThan(0.7);
        assertThat(narrowest).isBetween(0.74, 0.76);
        assertThat(widest).isBetween(1.32, 1.345);
        assertThat(touchedLeft && touchedRight).as("boxes reach both edges").isTrue();
    }

    @Test
    void areasAreUniformAndAspectsLogUniformWhereEveryTryFits() {
        // In a 1000x1000 image a box of at most 70 % of the area fits at any aspect in [3/4, 4/3], so there the
        // tries are never rejected and the drawn values show their distributions undistorted.
        int side = 1000;
        int count = 0;
        double areaSum = 0;
        double logRatioSum = 0;
        int wide = 0;
        for (long seed = 0; seed < 40_000; seed++) {
            CropBox box = RandomResizedCrop.randomBox(side, side, new SplittableRandom(seed)).orElseThrow();
            double area = (double) box.width() * box.height() / (side * side);
            if (area <= 0.7) {
                count++;
                areaSum += area;
                double logRatio = Math.log((double) box.width() / box.height());
                logRatioSum += logRatio;
                wide += logRatio > 0 ? 1 : 0;
            }
        }
        assertThat(areaSum / count).as("mean of a uniform area in [0.08, 0.7]").isCloseTo(0.39, within(0.005));
        assertThat(logRatioSum / count).as("mean log aspect, uniform in [ln 3/4, ln 4/3]").isCloseTo(0, within(0.003));
        assertThat((double) wide / count).as("share of wide boxes").isCloseTo(0.5, within(0.015));
    }

    @Test
    void theFallbackIsTheCentreCropClampedToTheAspectBounds() {
        assertThat(RandomResizedCrop.centreCrop(400, 300)).as("4:3 fits").isEqualTo(new CropBox(0, 0, 300, 400));
        assertThat(RandomResizedCrop.centreCrop(455, 256)).as("too wide: width = round(256 * 4 / 3)")
                .isEqualTo(new CropBox(0, 57, 256, 341));
        assertThat(RandomResizedCrop.centreCrop(256, 455)).as("too tall: height = round(256 / (3 / 4))")
                .isEqualTo(new CropBox(57, 0, 341, 256));
        assertThat(RandomResizedCrop.centreCrop(1, 10_000)).isEqualTo(new CropBox(4999, 0, 1, 1));
    }

    @Test
    void anImageNoBoxFitsGetsTheFallback() {
        // A 1-pixel-wide, 10,000-pixel-tall image: every try gives a box wider than 1 pixel.
        for (long seed = 0; seed < 100; seed++) {
            assertThat(RandomResizedCrop.randomBox(1, 10_000, new SplittableRandom(seed))).isEmpty();
            assertThat(RandomResizedCrop.cropBox(1, 10_000, new SplittableRandom(seed)))
                    .isEqualTo(new CropBox(4999, 0, 1, 1));
        }
    }

    @Test
    void halfOfTheSeedsFlip() {
        int flips = 0;
        int seeds = 20_000;
        for (long seed = 0; seed < seeds; seed++) {
            flips += RandomResizedCrop.draw(455, 256, new SplittableRandom(seed)).flip() ? 1 : 0;
        }
        // Binomial(20,000, 0.5): five standard deviations are 354.
        assertThat(flips).isBetween(seeds / 2 - 354, seeds / 2 + 354);
    }

    @Test
    void theSameSeedGivesTheSameChoice() {
        for (long seed = 0; seed < 100; seed++) {
            assertThat(RandomResizedCrop.draw(640, 360, new SplittableRandom(seed)))
                    .isEqualTo(RandomResizedCrop.draw(640, 360, new SplittableRandom(seed)));
        }
    }
}
