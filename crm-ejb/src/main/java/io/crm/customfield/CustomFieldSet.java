package io.crm.customfield;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The custom fields defined at one moment, by key. */
public final class CustomFieldSet {

    public static final CustomFieldSet NONE = new CustomFieldSet(Map.of());

    private final Map<String, CustomFieldDefinition> byKey;

    private CustomFieldSet(Map<String, CustomFieldDefinition> byKey) {
        this.byKey = Collections.unmodifiableMap(new TreeMap<>(byKey));
    }

    public static CustomFieldSet of(Collection<CustomFieldDefinition> definitions) {
        Map<String, CustomFieldDefinition> map = new TreeMap<>();
        definitions.forEach(d -> map.put(d.key(), d));
        return new CustomFieldSet(map);
    }

    public Optional<CustomFieldDefinition> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean isPersonal(String key) {
        CustomFieldDefinition d = byKey.get(key);
        return d == null || d.personal();
    }

    /** In key order. */
    public Collection<CustomFieldDefinition> all() {
        return byKey.values();
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }
}
