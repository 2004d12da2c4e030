package org.satchel.credentials.sdjwt;

import static org.satchel.credentials.sdjwt.VcProfile.ELLIPSIS;
import static org.satchel.credentials.sdjwt.VcProfile.SD;
import static org.satchel.credentials.sdjwt.VcProfile.SD_ALG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;

/**
 * Puts the Disclosures back into the Issuer-signed JWT's payload, RFC 9901 §7.1 step 3, and checks
 * steps 4 and 5 on the way: every digest at most once, every Disclosure referenced. Collects every
 * problem rather than stopping at the first, and records where each Disclosure landed so that a
 * holder can choose among them.
 */
final class DisclosureProcessor {
    /** Deeper than any credential Satchel issues; refusing deeper input keeps recursion bounded. */
    static final int MAX_DEPTH = 64;

    /** The Processed SD-JWT Payload, what was wrong, and where each Disclosure was inserted. */
    record Result(Map<String, Object> claims, List<Problem> problems, List<Placed> placed) {
        Result {
            problems = List.copyOf(problems);
            placed = List.copyOf(placed);
        }
    }

    /** A Disclosure and the path of the claim or array element it disclosed. */
    record Placed(ClaimPath path, Disclosure disclosure) {}

    private final Map<String, Disclosure> byDigest = new LinkedHashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> referenced = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();

    private DisclosureProcessor() {}

    /** Processes {@code payload} with the Disclosures as received, digested with {@code algorithm}. */
    static Result process(Map<String, Object> payload, List<String> disclosures, HashAlgorithm algorithm) {
        DisclosureProcessor processor = new DisclosureProcessor();
        processor.readDisclosures(disclosures, algorithm);
        Map<String, Object> claims = processor.object(payload, ClaimPath.ROOT, 0);
        processor.checkAllReferenced();
        return new Result(claims, processor.problems, processor.placed);
    }

    private void readDisclosures(List<String> disclosures, HashAlgorithm algorithm) {
        for (int i = 0; i < disclosures.size(); i++) {
            String encoded = disclosures.get(i);
            // RFC 9901 §7.1 step 3.1: the digest over the base64url string as received.
            String digest = algorithm.digest(encoded);
            String where = "disclosure #" + (i + 1);
            if (position.containsKey(digest)) {
                // RFC 9901 §4: a Holder "MUST NOT … send a Disclosure more than once"; both copies would
                // answer to one digest (§7.1 step 4).
                problems.add(new Problem(ProblemCode.DUPLICATE_DIGEST, ProblemCode.DUPLICATE_DIGEST.words()
                        + ": disclosure #" + (position.get(digest) + 1) + " is presented again", where));
                continue;
            }
            position.put(digest, i);
            try {
                byDigest.put(digest, Disclosure.parse(encoded));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(ProblemCode.MALFORMED,
                        ProblemCode.MALFORMED.words() + " disclosure: " + e.getMessage(), where));
            }
        }
    }

    private Map<String, Object> object(Map<?, ?> in, ClaimPath path, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : in.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (name.equals(SD)) {
                continue; // RFC 9901 §7.1 step 3.5: removed once its digests are resolved, below.
            } else if (name.equals(SD_ALG)) {
                // RFC 9901 §4.1.1: only at the top level; §7.1 step 3.6: removed from the output.
                if (depth > 0) {
                    malformed("_sd_alg may appear only at the top level of the payload", path.child(name));
                }
            } else if (name.equals(ELLIPSIS)) {
                // RFC 9901 §4.1 rule 7: '...' only ever carries an array element's digest.
                malformed("'...' may only be the single key of an array element", path.child(name));
            } else {
                out.put(name, value(entry.getValue(), path.child(name), depth + 1));
            }
        }
        Object digests = in.get(SD);
        if (digests == null && !in.containsKey(SD)) {
            return out;
        }
        if (!(digests instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            // RFC 9901 §4.2.4.1: "_sd" MUST refer to an array of strings.
            malformed("_sd must be an array of digest strings", path.child(SD));
            return out;
        }
        for (Object element : list) {
            String digest = (String) element;
            Disclosure disclosure = lookUp(digest, path);
            if (disclosure == null) {
                continue; // RFC 9901 §7.1 step 3.3.1: a decoy, or a claim not disclosed: ignored.
            }
            if (disclosure.isArrayElement()) {
                // RFC 9901 §7.1 step 3.3.2.1: an object property's Disclosure has three elements.
                malformed("disclosure #" + (position.get(digest) + 1)
                        + " discloses an array element but is referenced from an object's _sd", path);
                continue;
            }
            String name = disclosure.claimName().orElseThrow();
            ClaimPath at = path.child(name);
            if (name.equals(SD) || name.equals(ELLIPSIS) || name.equals(SD_ALG)) {
                // RFC 9901 §7.1 step 3.3.2.2 for _sd and '...'; _sd_alg only ever names the issuer's
                // digest algorithm at the top of the signed payload (§4.1.1), never a disclosed claim.
                forbidden("a disclosure may not name a claim '" + name + "'", at);
            } else if (out.containsKey(name)) {
                // RFC 9901 §7.1 step 3.3.2.3: it would overwrite a claim the issuer put in the clear,
                // or one another disclosure already supplied.
                forbidden("the disclosed claim '" + name + "' already exists at this level", at);
            } else if (depth == 0 && VcProfile.NEVER_DISCLOSED.contains(name)) {
                // SD-JWT VC §2.2.2.3: these registered claims MUST NOT be included in Disclosures.
                forbidden("SD-JWT VC never lets '" + name + "' be selectively disclosed", at);
            } else {
                placed.add(new Placed(at, disclosure));
                out.put(name, value(disclosure.value(), at, depth + 1)); // §7.1 step 3.3.2.5: recurse.
            }
        }
        return out;
    }

    private List<Object> array(List<?> in, ClaimPath path, int depth) {
        List<Object> out = new ArrayList<>(in.size());
        for (Object element : in) {
            if (!(element instanceof Map<?, ?> map) || !map.containsKey(ELLIPSIS)) {
                out.add(value(element, path.child(out.size()), depth + 1));
                continue;
            }
            // RFC 9901 §4.2.4.2: {"...": "<digest>"} and "There MUST NOT be any other keys".
            if (map.size() != 1 || !(map.get(ELLIPSIS) instanceof String digest)) {
                malformed("an array element holding '...' must be an object with that one key and a digest string",
                        path.child(out.size()));
                continue;
            }
            Disclosure disclosure = lookUp(digest, path);
            if (disclosure == null) {
                continue; // RFC 9901 §7.1 step 3.4: undisclosed array elements are removed.
            }
            if (!disclosure.isArrayElement()) {
                // RFC 9901 §7.1 step 3.3.3.1: an array element's Disclosure has two elements.
                malformed("disclosure #" + (position.get(digest) + 1)
                        + " discloses an object property but is referenced from an array element", path);
                continue;
            }
            ClaimPath at = path.child(out.size());
            placed.add(new Placed(at, disclosure));
            out.add(value(disclosure.value(), at, depth + 1)); // §7.1 step 3.3.3.3: recurse.
        }
        return out;
    }

    private Object value(Object value, ClaimPath path, int depth) {
        if (depth > MAX_DEPTH) {
            malformed("claims nest deeper than " + MAX_DEPTH + " levels", path);
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return object(map, path, depth);
        }
        if (value instanceof List<?> list) {
            return array(list, path, depth);
        }
        return value;
    }

    /** Marks a digest as met; the Disclosure it references, or null if none was presented. */
    private Disclosure lookUp(String digest, ClaimPath path) {
        if (!seen.add(digest)) {
            // RFC 9901 §4.1 "The same digest value MUST NOT appear more than once", §7.1 step 4.
            problems.add(new Problem(ProblemCode.DUPLICATE_DIGEST, ProblemCode.DUPLICATE_DIGEST.words()
                    + ": the digest " + digest + " appears more than once", path.toString()));
            return null;
        }
        Disclosure disclosure = byDigest.get(digest);
        if (disclosure != null) {
            referenced.add(digest);
        }
        return disclosure;
    }

    private void checkAllReferenced() {
        // RFC 9901 §7.1 step 5: every Disclosure must be referenced, directly or through another one.
        for (Map.Entry<String, Disclosure> entry : byDigest.entrySet()) {
            if (!referenced.contains(entry.getKey())) {
                String what = entry.getValue().claimName().map(n -> "claim '" + n + "'").orElse("an array element");
                problems.add(new Problem(ProblemCode.DISCLOSURE_UNREFERENCED, ProblemCode.DISCLOSURE_UNREFERENCED.words()
                        + ": disclosure #" + (position.get(entry.getKey()) + 1) + " (" + what
                        + ") is referenced by no digest in the issuer-signed JWT or in another disclosure",
                        "disclosure #" + (position.get(entry.getKey()) + 1)));
            }
        }
    }

    private void malformed(String message, ClaimPath path) {
        problems.add(new Problem(ProblemCode.MALFORMED, ProblemCode.MALFORMED.words() + ": " + message, path.toString()));
    }

    private void forbidden(String message, ClaimPath path) {
        problems.add(new Problem(ProblemCode.FORBIDDEN_CLAIM_NAME,
                ProblemCode.FORBIDDEN_CLAIM_NAME.words() + ": " + message, path.toString()));
    }
}
