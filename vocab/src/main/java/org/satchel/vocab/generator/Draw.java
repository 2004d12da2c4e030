package org.satchel.vocab.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Small sampling helpers over a seeded {@link SplittableRandom}: nothing here reads a clock or a global random. */
final class Draw {
    private Draw() {}

    static boolean chance(SplittableRandom rnd, double p) {
        return rnd.nextDouble() < p;
    }

    /** A standard normal correlated {@code rho} with {@code base} (itself standard normal). */
    static double correlated(SplittableRandom rnd, double base, double rho) {
        return rho * base + Math.sqrt(1 - rho * rho) * rnd.nextGaussian();
    }

    static int between(SplittableRandom rnd, int lowInclusive, int highInclusive) {
        return rnd.nextInt(lowInclusive, highInclusive + 1);
    }

    static <T> T pick(SplittableRandom rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom rnd, T... items) {
        return items[rnd.nextInt(items.length)];
    }

    /** An index drawn with the given weights (which need not sum to one). */
    static int weighted(SplittableRandom rnd, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A Poisson count by inversion; fine for the small means used here. */
    static int poisson(SplittableRandom rnd, double mean) {
        double limit = Math.exp(-Math.min(mean, 60));
        double product = rnd.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= rnd.nextDouble();
            n++;
        }
        return n;
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /**
     * The category a standard normal score falls in, given the cumulative shares of the
     * categories from the lowest up: the marginal distribution is then exactly {@code shares}.
     */
    static int bucket(double z, double[] cumulativeCuts) {
        for (int i = 0; i < cumulativeCuts.length; i++) {
            if (z < cumulativeCuts[i]) {
                return i;
            }
        }
        return cumulativeCuts.length;
    }

    /** Normal quantile cut points for categories with these shares (lowest first; any scale, such as percentages). */
    static double[] cuts(double... shares) {
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double[] cuts = new double[shares.length - 1];
        double cumulative = 0;
        for (int i = 0; i < cuts.length; i++) {
            cumulative += shares[i];
            cuts[i] = normalQuantile(cumulative / total);
        }
        return cuts;
    }

    /** The standard normal quantile function (Acklam's rational approximation, relative error below 1.2e-9). */
    static double normalQuantile(double p) {
        if (p <= 0 || p >= 1) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    /** A 64-bit mix (Stafford's variant 13, as in SplittableRandom); used to derive independent seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The seed of learner {@code index}'s own random stream: independent of every other learner's. */
    static long learnerSeed(long seed, int index) {
        return mix(mix(seed ^ 0x5A7C4E1L) + 0x9e3779b97f4a7c15L * (index + 1L));
    }
}
