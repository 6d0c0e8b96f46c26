package org.kissdetect.synthetic;

import java.util.SplittableRandom;

/**
 * What every second of a synthetic film looks and sounds like, drawn from the film's seed. Outside kissing scenes
 * the film is cut into shots of 1 to 4 seconds, each with a picture style and a sound style of its own. A kissing
 * scene is one shot with the signature; in about one second in twenty of it the picture cuts away (the sound
 * keeps the signature), and in another one in twenty the signature sound is covered (the picture keeps it), never
 * both: each branch alone misses some kissing seconds that the two together find.
 */
final class ShotPlan {

    /** The share of kissing seconds whose picture cuts away, and (as much again) whose sound is covered. */
    static final double DROPOUT = 0.05;

    /**
     * A picture or sound style for one second.
     *
     * @param style    which style ({@link SyntheticPictures} or {@link SyntheticSound} numbers them); -1 is the signature
     * @param seed     the seed of the style's details
     * @param startsAt the first second of the shot, so that motion runs on across its seconds
     */
    record Style(int style, long seed, int startsAt) {

        boolean signature() {
            return style < 0;
        }
    }

    private final Style[] pictures;
    private final Style[] sounds;

    private ShotPlan(Style[] pictures, Style[] sounds) {
        this.pictures = pictures;
        this.sounds = sounds;
    }

    static ShotPlan of(SyntheticFilm film) {
        int seconds = film.seconds();
        Style[] pictures = new Style[seconds];
        Style[] sounds = new Style[seconds];
        SplittableRandom random = new SplittableRandom(film.seed());
        int second = 0;
        while (second < seconds) {
            SecondSpan scene = sceneAt(film, second);
            long shotSeed = random.nextLong();
            if (scene != null) {
                Style cutaway = new Style(random.nextInt(SyntheticPictures.STYLES), random.nextLong(), scene.first());
                Style cover = new Style(random.nextInt(SyntheticSound.STYLES), random.nextLong(), scene.first());
                for (int k = scene.first(); k <= Math.min(scene.last(), seconds - 1); k++) {
                    double draw = unit(mix(film.seed(), k));
                    Style signature = new Style(-1, shotSeed, scene.first());
                    pictures[k] = draw < DROPOUT ? cutaway : signature;
                    sounds[k] = draw >= DROPOUT && draw < 2 * DROPOUT ? cover : signature;
                }
                second = scene.last() + 1;
            } else {
                int end = Math.min(second + 1 + random.nextInt(4), nextSceneStart(film, second));
                Style picture = new Style(random.nextInt(SyntheticPictures.STYLES), shotSeed, second);
                Style sound = new Style(random.nextInt(SyntheticSound.STYLES), random.nextLong(), second);
                for (int k = second; k < end; k++) {
                    pictures[k] = picture;
                    sounds[k] = sound;
                }
                second = end;
            }
        }
        return new ShotPlan(pictures, sounds);
    }

    Style picture(int second) {
        return pictures[Math.min(second, pictures.length - 1)];
    }

    Style sound(int second) {
        return sounds[Math.min(second, sounds.length - 1)];
    }

    private static SecondSpan sceneAt(SyntheticFilm film, int second) {
        return film.kissingScenes().stream().filter(s -> s.contains(second)).findFirst().orElse(null);
    }

    private static int nextSceneStart(SyntheticFilm film, int second) {
        return film.kissingScenes().stream().mapToInt(SecondSpan::first).filter(first -> first > second).min()
                .orElse(film.seconds());
    }

    /** SplitMix64's finaliser over {@code a + b * golden}: a well-spread 64-bit value for two inputs. */
    static long mix(long a, long b) {
        long z = a + b * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return a value in {@code [0, 1)} from the top 53 bits */
    static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
