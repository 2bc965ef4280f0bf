package org.tocsin.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account as an administrator enters it: either an initial password, to hand over in
 * person, or an e-mail invitation whose link lets the user choose their own.
 */
record UserForm(
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}")
        @Pattern(regexp = "[\\p{L}\\p{N}._@-]*", message = "{security.users.usernameCharacters}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String displayName,
        @Email(message = "{security.users.emailInvalid}") @Size(max = 300, message = "{validation.tooLong}") String email,
        @NotNull(message = "{validation.required}") UserAccounts.Role role,
        String password,
        boolean invite) {

    static UserForm empty() {
        return new UserForm("", "", "", UserAccounts.Role.RESEARCHER, "", true);
    }
}
