package org.tocsin.network.members;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The public sign-up form. {@code website} is the honeypot: hidden from people, filled by bots.
 */
public record SignUpForm(
        @NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}")
        @Email(message = "{members.validation.email}") String email,
        @Size(max = 200, message = "{validation.tooLong}") String name,
        @Size(max = 200, message = "{validation.tooLong}") String town,
        @Size(max = 1000, message = "{validation.tooLong}") String address,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-z]{2,3}", message = "{validation.unknownValue}") String language,
        Long sectionId,
        List<@Pattern(regexp = "[A-Z]{3}", message = "{validation.unknownValue}") String> countries,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "immediate|weekly", message = "{validation.unknownValue}") String frequency,
        String website) {

    public static SignUpForm empty(String language) {
        return new SignUpForm("", "", "", "", language, null, List.of(), "immediate", "");
    }

    public List<String> countryList() {
        return countries == null ? List.of() : countries.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
    }
}
