package org.tocsin.network.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a member changes on their data page. */
public record Preferences(
        @Size(max = 200, message = "{validation.tooLong}") String name,
        @Size(max = 200, message = "{validation.tooLong}") String town,
        @Size(max = 1000, message = "{validation.tooLong}") String address,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-z]{2,3}", message = "{validation.unknownValue}") String language,
        Long sectionId,
        List<@Pattern(regexp = "[A-Z]{3}", message = "{validation.unknownValue}") String> countries,
        List<String> themes,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "immediate|weekly", message = "{validation.unknownValue}") String frequency,
        Integer version) {

    public List<String> countryList() {
        return countries == null ? List.of() : countries.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
    }

    /** The chosen themes without blanks and repeats; unknown codes are kept for the service to refuse. */
    public List<String> themeList() {
        return themes == null ? List.of() : themes.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
    }

    public boolean hasTheme(String code) {
        return themes != null && themes.contains(code);
    }
}
