package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tocsin.intake.ExtractedUrgentAction.GenderSummary;
import org.tocsin.intake.ExtractedUrgentAction.Kind;
import org.tocsin.intake.ExtractedUrgentAction.PersonAtRisk;
import org.tocsin.intake.ExtractedUrgentAction.Target;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractionJsonTest {

    @Test
    void writesEveryFieldWithNullsEmptyListsAndEscapes() {
        ExtractedUrgentAction action = new ExtractedUrgentAction(Kind.URGENT_ACTION, "Amnesty \"AI\"", null, List.of("UA 1/16"),
                null, LocalDate.of(2016, 5, 12), "Russian Federation", "Line\\one\ttwo",
                List.of(new PersonAtRisk("Lena Löfgren", "f")), new GenderSummary(7, 3),
                List.of(new Target("Yurii Chaika", null, null, null, List.of("+7 495 692 17 25"), List.of(), "Dear Prosecutor General")),
                true, List.of("Russian", "own language"), List.of());
        JsonNode json = JsonMapper.builder().build().readTree(ExtractionJson.write(action));
        assertThat(json.get("kind").asString()).isEqualTo("urgent_action");
        assertThat(json.get("organisation").asString()).isEqualTo("Amnesty \"AI\"");
        assertThat(json.get("code").isNull()).isTrue();
        assertThat(json.get("issue_date").isNull()).isTrue();
        assertThat(json.get("deadline").asString()).isEqualTo("2016-05-12");
        assertThat(json.get("title").asString()).isEqualTo("Line\\one\ttwo");
        assertThat(json.get("gender_summary").get("m").asInt()).isEqualTo(7);
        assertThat(json.get("persons_at_risk").get(0).get("name").asString()).isEqualTo("Lena Löfgren");
        JsonNode target = json.get("targets").get(0);
        assertThat(target.get("title").isNull()).isTrue();
        assertThat(target.get("email").isArray()).isTrue();
        assertThat(target.get("fax").get(0).asString()).isEqualTo("+7 495 692 17 25");
        assertThat(json.get("copies_to_diplomats").asBoolean()).isTrue();
        assertThat(json.get("actions_requested").isEmpty()).isTrue();
    }
}
