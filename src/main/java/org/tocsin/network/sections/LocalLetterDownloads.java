package org.tocsin.network.sections;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.actions.letters.Letters;
import org.tocsin.actions.letters.TakeActionLetters;
import org.tocsin.actions.letters.Writer;
import org.tocsin.actions.targets.Target;
import org.tocsin.web.NotFoundException;

/**
 * The PDF letters of a published localisation's public page: one target's, or all in one file,
 * in the localisation's language. Open without login; drafts are not found. The member's name
 * and town come in the query and are neither stored nor logged, and the response is not cached.
 */
@Controller
class LocalLetterDownloads {

    private final Localisations localisations;
    private final LocalLetters localLetters;
    private final Letters letters;

    LocalLetterDownloads(Localisations localisations, LocalLetters localLetters, Letters letters) {
        this.localisations = localisations;
        this.localLetters = localLetters;
        this.letters = letters;
    }

    @GetMapping("/take-action/local/{id}/letters.pdf")
    ResponseEntity<byte[]> all(@PathVariable long id, @RequestParam(required = false) String name,
                               @RequestParam(required = false) String town) {
        Localisations.Published p = published(id);
        TakeActionLetters.Filled filled = filled(p, new Writer(name, town));
        if (filled.letters().isEmpty()) {
            throw new NotFoundException("target", id);
        }
        return pdf(letters.pdf(filled.letters()), TakeActionLetters.fileName(p.original(), null, filled.language()));
    }

    @GetMapping("/take-action/local/{id}/letters/{targetId}.pdf")
    ResponseEntity<byte[]> one(@PathVariable long id, @PathVariable long targetId,
                               @RequestParam(required = false) String name, @RequestParam(required = false) String town) {
        Localisations.Published p = published(id);
        TakeActionLetters.Filled filled = filled(p, new Writer(name, town));
        List<Target> targets = filled.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).id() == targetId) {
                return pdf(letters.pdf(filled.letters().get(i)),
                        TakeActionLetters.fileName(p.original(), targets.get(i), filled.language()));
            }
        }
        throw new NotFoundException("target", targetId);
    }

    private Localisations.Published published(long id) {
        return localisations.published(id).orElseThrow(() -> new NotFoundException(Localisations.KIND, id));
    }

    private TakeActionLetters.Filled filled(Localisations.Published p, Writer writer) {
        return localLetters.filled(p, writer)
                .orElseThrow(() -> new NotFoundException("letter", p.localisation().id()));
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
