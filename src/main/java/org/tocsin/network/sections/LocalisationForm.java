package org.tocsin.network.sections;

import java.util.Arrays;
import java.util.List;

/** The localisation form as the page sends it: recommended actions one a line. */
record LocalisationForm(Long actionId, Long sectionId, String language, String title, String summary,
                        String recommendedActions, String letterSubject, String letterBody, String localDeadline,
                        List<Long> targetIds, Integer version) {

    static LocalisationForm of(long actionId, long sectionId, LocalisationInput in) {
        return new LocalisationForm(actionId, sectionId, in.language(), in.title(), in.summary(),
                String.join("\n", in.recommendedActions()), in.letterSubject(), in.letterBody(), in.localDeadline(),
                in.targetIds(), in.version());
    }

    static LocalisationForm of(Localisation l, List<Long> targetIds) {
        return new LocalisationForm(l.actionId(), l.sectionId(), l.language(), l.title(), l.summary(),
                String.join("\n", l.recommendedActions()), l.letterSubject(), l.letterBody(),
                l.localDeadline() == null ? "" : l.localDeadline().toString(), targetIds, l.version());
    }

    LocalisationInput toInput() {
        List<String> actions = recommendedActions == null ? List.of()
                : Arrays.stream(recommendedActions.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new LocalisationInput(language, title, summary, actions, letterSubject, letterBody, localDeadline,
                targetIds == null ? List.of() : targetIds, version);
    }
}
