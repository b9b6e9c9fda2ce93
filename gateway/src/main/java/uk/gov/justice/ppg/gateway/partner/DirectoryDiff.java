package uk.gov.justice.ppg.gateway.partner;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a directory change does, by partner, for its audit record: which partners it adds,
 * and which fields of which partners it changes. A partner it would remove is refused.
 */
final class DirectoryDiff {

    private DirectoryDiff() {
    }

    static String between(DirectoryFile before, DirectoryFile after) {
        Map<String, DirectoryFile.PartnerEntry> old = byId(before);
        Map<String, DirectoryFile.PartnerEntry> now = byId(after);
        for (String id : old.keySet()) {
            PartnerDirectoryLoader.require(now.containsKey(id),
                    "partner " + id + " would be removed: disable it instead (enabled: false)");
        }
        List<String> changes = new ArrayList<>();
        for (DirectoryFile.PartnerEntry entry : after.partners()) {
            DirectoryFile.PartnerEntry was = old.get(entry.id());
            if (was == null) {
                changes.add(entry.id() + " added");
            }
            else if (!was.equals(entry)) {
                changes.add(entry.id() + " " + fields(was, entry));
            }
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private static Map<String, DirectoryFile.PartnerEntry> byId(DirectoryFile file) {
        return file.partners()
            .stream()
            .collect(Collectors.toMap(DirectoryFile.PartnerEntry::id, Function.identity(), (one, two) -> one));
    }

    private static String fields(DirectoryFile.PartnerEntry was, DirectoryFile.PartnerEntry now) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : DirectoryFile.PartnerEntry.class.getRecordComponents()) {
            if (!Objects.equals(value(component, was), value(component, now))) {
                changed.add(component.getName());
            }
        }
        return "changed " + String.join(", ", changed);
    }

    private static Object value(RecordComponent component, DirectoryFile.PartnerEntry entry) {
        try {
            return component.getAccessor().invoke(entry);
        }
        catch (IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalArgumentException("cannot compare " + component.getName(), ex);
        }
    }

}
