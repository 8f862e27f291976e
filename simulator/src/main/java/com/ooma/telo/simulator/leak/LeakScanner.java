package com.ooma.telo.simulator.leak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Searches everything a run produced for the personal items it played, in every spelling, as bytes: MQTT topics,
 * client ids, will and message payloads, opened reports, and every file (name and content) under the run's folder.
 */
public final class LeakScanner {
    private static final int TAG_BYTES = 4;
    /** Marks a skeleton among an item's forms while items are merged (no exact spelling starts with a NUL). */
    private static final String SKELETON_MARK = "\u0000";

    private final List<String> items;
    private final NeedleIndex index;
    private final SkeletonIndex skeletons;
    private final Mac tagger;

    private LeakScanner(List<String> items, List<Set<String>> spellings, List<Set<String>> skeletons,
            byte[] tagKey) {
        this.items = items;
        this.index = new NeedleIndex(spellings);
        this.skeletons = new SkeletonIndex(skeletons);
        try {
            this.tagger = Mac.getInstance("HmacSHA256");
            tagger.init(new SecretKeySpec(tagKey, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** {@code tagKey} keys the short item tags printed instead of items; use a fresh random key per run. */
    public static LeakScanner forItems(Collection<String> numbers, Collection<String> names, byte[] tagKey) {
        List<Secret> secrets = new ArrayList<>();
        numbers.forEach(n -> secrets.add(Secret.phone(n)));
        names.forEach(n -> secrets.add(Secret.name(n)));
        return forSecrets(secrets, tagKey);
    }

    /**
     * A scanner for secrets of any kind (canaries, played numbers and names, addresses…): each is found by its exact
     * spellings ({@link Spellings}) and by its letters and digits with any short separators ({@link Skeletons}).
     */
    public static LeakScanner forSecrets(Collection<Secret> secrets, byte[] tagKey) {
        Map<String, Set<String>> formsByItem = new HashMap<>();
        for (Secret s : secrets) {
            Set<String> forms = new LinkedHashSet<>(Spellings.of(s));
            Skeletons.of(s).forEach(k -> forms.add(SKELETON_MARK + k));
            formsByItem.merge(s.value(), forms, (a, b) -> {
                Set<String> both = new LinkedHashSet<>(a);
                both.addAll(b);
                return both;
            });
        }
        List<String> items = new ArrayList<>();
        List<Set<String>> spellings = new ArrayList<>();
        List<Set<String>> skeletons = new ArrayList<>();
        for (ItemGroups.Group g : ItemGroups.merge(formsByItem)) {
            items.add(g.representative());
            Set<String> exact = new LinkedHashSet<>();
            Set<String> skel = new LinkedHashSet<>();
            for (String f : g.spellings()) {
                if (f.startsWith(SKELETON_MARK)) {
                    skel.add(f.substring(SKELETON_MARK.length()));
                } else {
                    exact.add(f);
                }
            }
            spellings.add(exact);
            skeletons.add(skel);
        }
        return new LeakScanner(List.copyOf(items), spellings, skeletons, tagKey.clone());
    }

    /** How many distinct items the scanner looks for, after merging spellings of the same item. */
    public int itemCount() {
        return items.size();
    }

    public List<Finding> scan(ScanSurface surface) {
        List<Finding> out = new ArrayList<>();
        Set<Integer> found = new LinkedHashSet<>(index.itemsIn(surface.bytes()));
        found.addAll(skeletons.itemsIn(surface.bytes()));
        for (int item : found) {
            out.add(new Finding(surface.kind(), surface.where(), tag(items.get(item))));
        }
        return out;
    }

    public List<Finding> scan(Collection<ScanSurface> surfaces) {
        List<Finding> out = new ArrayList<>();
        for (ScanSurface s : surfaces) {
            out.addAll(scan(s));
        }
        return out;
    }

    /** Every regular file under {@code root}, recursively: its relative path, then its content. */
    public List<Finding> scanTree(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Finding> out = new ArrayList<>();
        for (Path file : files) {
            String relative = root.relativize(file).toString();
            List<Finding> inName = scan(new ScanSurface("file name", "a path under the run folder",
                    relative.getBytes(StandardCharsets.UTF_8)));
            // A leaking file name must not be printed either: label it by its tag instead.
            String where = inName.isEmpty() ? relative : "path " + tag(relative);
            for (Finding f : inName) {
                out.add(new Finding(f.kind(), where, f.itemTag()));
            }
            out.addAll(scan(new ScanSurface("file", where, Files.readAllBytes(file))));
        }
        return out;
    }

    private String tag(String value) {
        byte[] mac = tagger.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac, 0, TAG_BYTES);
    }
}
