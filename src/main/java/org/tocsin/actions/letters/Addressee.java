package org.tocsin.actions.letters;

import java.util.List;
import org.tocsin.actions.targets.Target;
import org.tocsin.web.Text;

/**
 * Whom one letter goes to, as printed on it. {@code salutation} is how a letter in the letter's
 * language opens (null: a generic one is used); {@code email} the address an e-mail draft goes
 * to, {@code fax} the number printed for faxing (either may be null).
 */
public record Addressee(String name, String title, String organisation, List<String> addressLines, String salutation,
                        String email, String fax) {

    public Addressee {
        name = name == null ? "" : name.strip();
        title = Text.blankToNull(title);
        organisation = Text.blankToNull(organisation);
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        salutation = Text.blankToNull(salutation);
        email = Text.blankToNull(email);
        fax = Text.blankToNull(fax);
    }

    /**
     * A directory target as the addressee of a letter in {@code language}: its salutation in
     * exactly that language (another language's would read wrong in the letter), its first
     * e-mail address and fax number.
     */
    public static Addressee of(Target target, String language) {
        return new Addressee(target.name(), target.title(), target.organisation(), target.addressLines(),
                target.salutations().get(language), target.email().isEmpty() ? null : target.email().getFirst(),
                target.fax().isEmpty() ? null : target.fax().getFirst());
    }
}
