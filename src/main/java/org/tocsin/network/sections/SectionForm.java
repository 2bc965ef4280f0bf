package org.tocsin.network.sections;

import java.util.Arrays;
import java.util.List;

/** The section form as the page sends it: languages as one line, "nb, en", the main one first. */
record SectionForm(String name, String countryCode, String languages, List<Long> coordinatorIds, Integer version) {

    static SectionForm empty() {
        return new SectionForm("", "", "", List.of(), null);
    }

    static SectionForm of(Section s, List<Coordinator> coordinators) {
        return new SectionForm(s.name(), s.countryCode(), String.join(", ", s.languages()),
                coordinators.stream().map(Coordinator::userId).toList(), s.version());
    }

    SectionInput toInput() {
        List<String> codes = languages == null ? List.of()
                : Arrays.stream(languages.split("[,;\\s]+")).filter(c -> !c.isBlank()).toList();
        return new SectionInput(name, countryCode, codes, coordinatorIds, version);
    }
}
