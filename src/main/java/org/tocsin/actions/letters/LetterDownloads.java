package org.tocsin.actions.letters;

import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.actions.UrgentActions;
import org.tocsin.actions.Views.Details;
import org.tocsin.actions.targets.Target;
import org.tocsin.web.NotFoundException;

/**
 * The PDF letters of the public take-action page: one target's, or all in one file. Open
 * without login for issued and closed UAs; the member's name and town come in the query and
 * are neither stored nor logged, and the response is not cached.
 */
@Controller
class LetterDownloads {

    private final UrgentActions actions;
    private final TakeActionLetters takeAction;
    private final Letters letters;

    LetterDownloads(UrgentActions actions, TakeActionLetters takeAction, Letters letters) {
        this.actions = actions;
        this.takeAction = takeAction;
        this.letters = letters;
    }

    @GetMapping("/take-action/{id}/letters.pdf")
    ResponseEntity<byte[]> all(@PathVariable long id, @RequestParam(defaultValue = "") String language,
                               @RequestParam(required = false) String name, @RequestParam(required = false) String town) {
        Details d = published(id);
        TakeActionLetters.Filled filled = filled(d, language, new Writer(name, town));
        if (filled.letters().isEmpty()) {
            throw new NotFoundException("target", id);
        }
        return pdf(letters.pdf(filled.letters()), TakeActionLetters.fileName(d, null, filled.language()));
    }

    @GetMapping("/take-action/{id}/letters/{targetId}.pdf")
    ResponseEntity<byte[]> one(@PathVariable long id, @PathVariable long targetId,
                               @RequestParam(defaultValue = "") String language,
                               @RequestParam(required = false) String name, @RequestParam(required = false) String town) {
        Details d = published(id);
        TakeActionLetters.Filled filled = filled(d, language, new Writer(name, town));
        List<Target> targets = filled.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).id() == targetId) {
                return pdf(letters.pdf(filled.letters().get(i)),
                        TakeActionLetters.fileName(d, targets.get(i), filled.language()));
            }
        }
        throw new NotFoundException("target", targetId);
    }

    private Details published(long id) {
        return actions.published(id).orElseThrow(() -> new NotFoundException("action", id));
    }

    private TakeActionLetters.Filled filled(Details d, String language, Writer writer) {
        String code = language.strip().toLowerCase(Locale.ROOT);
        return takeAction.filled(d, code, writer)
                .orElseThrow(() -> new NotFoundException(ModelLetters.KIND, ModelLetters.label(d.action().id(), code)));
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                // The letter carries the member's name: no shared cache may keep it.
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
