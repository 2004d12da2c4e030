package org.satchel.vocab.generator;

/**
 * Pseudonymous learner ids and DfE unique pupil numbers. Both come from keyed permutations of
 * the learner's index, so they are distinct for distinct learners, differ from seed to seed,
 * and reveal neither the index nor the order of generation.
 */
final class Identifiers {
    private static final char[] CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    /** DfE check letters: 0 to 22, skipping I, O and S. */
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    /**
     * Local authority numbers valid in both the census's list (validation rule 1530) and
     * python-stdnum's UPN check, so that a generated UPN passes either.
     */
    private static final int[] LA_CODES = {201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213,
        301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320,
        330, 331, 332, 333, 334, 335, 336, 340, 341, 342, 343, 344, 350, 351, 352, 353, 354, 355, 356, 357,
        358, 359, 370, 371, 372, 373, 380, 381, 382, 383, 384, 390, 391, 392, 393, 394, 800, 801, 802, 803,
        805, 806, 807, 808, 810, 811, 812, 813, 815, 816, 821, 822, 823, 825, 826, 830, 831, 835, 836,
        837, 840, 841, 845, 846, 850, 851, 852, 855, 856, 857, 860, 861, 865, 866, 867, 868, 869, 870, 871,
        872, 873, 874, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892,
        893, 894, 895, 896, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, 935, 936, 937, 938};

    private final long idKey;
    private final long upnKey;

    Identifiers(long seed) {
        this.idKey = Draw.mix(seed ^ 0x1D5EEDL);
        this.upnKey = Draw.mix(seed ^ 0x0D9E5EEDL);
    }

    /** The learner's opaque id: a keyed 64-bit permutation of the index, in 13 Crockford base-32 characters. */
    String learnerId(int index) {
        long v = feistel64(index, idKey);
        char[] out = new char[13];
        for (int i = 12; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (v & 31)];
            v >>>= 5;
        }
        return new String(out);
    }

    /**
     * A permanent UPN: check letter, LA number (3), establishment number (4), the last two digits
     * of the year it was allocated, and a 3-digit serial. The establishment and serial come from a
     * keyed permutation of the index over a million slots, so no two learners share one.
     */
    String upn(int index, int allocatedYear) {
        int slot = permuteMillion(index);
        int serial = slot % 1000;
        int school = slot / 1000;
        int la = LA_CODES[school % LA_CODES.length];
        int establishment = 2000 + school;
        String body = String.format(java.util.Locale.ROOT, "%03d%04d%02d%03d", la, establishment, allocatedYear % 100, serial);
        return checkLetter(body) + body;
    }

    /**
     * The DfE UPN check letter for the 12 characters after it: each character times its position
     * (2 to 13), summed, modulo 23, as a letter from A to Z without I, O and S. A letter in the last
     * place (a temporary UPN) counts as its position in that same alphabet. (DfE, "Unique Pupil
     * Numbers: guidance for schools and local authorities"; census validation rule 1510.)
     */
    static char checkLetter(String twelve) {
        if (twelve.length() != 12) {
            throw new IllegalArgumentException("a UPN has 12 characters after the check letter: " + twelve);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(c);
            if (value < 0 || (i < 11 && !Character.isDigit(c))) {
                throw new IllegalArgumentException("not a UPN body: " + twelve);
            }
            sum += value * (i + 2);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }

    /** A bijection on 0..999,999: a 20-bit Feistel permutation, cycle-walked back into range. */
    private int permuteMillion(int index) {
        int v = index;
        do {
            v = feistel20(v, upnKey);
        } while (v >= 1_000_000);
        return v;
    }

    private static int feistel20(int v, long key) {
        int left = (v >>> 10) & 0x3FF;
        int right = v & 0x3FF;
        for (int round = 0; round < 4; round++) {
            int f = (int) (Draw.mix(key + round * 0x9E3779B97F4A7C15L + right) & 0x3FF);
            int next = left ^ f;
            left = right;
            right = next;
        }
        return (left << 10) | right;
    }

    private static long feistel64(long v, long key) {
        long left = v >>> 32;
        long right = v & 0xFFFFFFFFL;
        for (int round = 0; round < 4; round++) {
            long f = Draw.mix(key + round * 0x9E3779B97F4A7C15L + right) & 0xFFFFFFFFL;
            long next = left ^ f;
            left = right;
            right = next;
        }
        return (left << 32) | right;
    }
}
