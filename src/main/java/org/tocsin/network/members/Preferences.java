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
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "immediate|weekly", message = "{validation.unknownValue}") String frequency,
        Integer version) {

    public List<String> countryList() {
        return countries == null ? List.of() : countries.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
    }
}
