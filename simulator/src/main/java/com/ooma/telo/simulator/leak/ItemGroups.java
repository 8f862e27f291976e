package com.ooma.telo.simulator.leak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges played items that are one person's data in different spellings ("+16505550111" and "(650) 555-0111",
 * "ALVAREZ MARIA" and "Maria Alvarez"): items sharing any spelling become one item, so a leak is counted once.
 */
final class ItemGroups {
    /** One merged item: a representative (what the tag is computed from) and all spellings of its members. */
    record Group(String representative, Set<String> spellings) {}

    private ItemGroups() {}

    static List<Group> merge(Map<String, Set<String>> spellingsByItem) {
        List<String> items = new ArrayList<>(new TreeSet<>(spellingsByItem.keySet()));
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> owner = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (String s : spellingsByItem.get(items.get(i))) {
                Integer other = owner.putIfAbsent(s.toLowerCase(Locale.ROOT), i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Group g = groups.computeIfAbsent(root(parent, i), r -> new Group(items.get(r), new LinkedHashSet<>()));
            g.spellings().addAll(spellingsByItem.get(items.get(i)));
        }
        return List.copyOf(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
