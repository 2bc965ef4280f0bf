package org.tocsin.intake.review;

import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tocsin.intake.UnreadableDocumentException;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.Page;

/** The Import page (upload, list) and the review page of one import. */
@Controller
@RequestMapping("/imports")
class ImportPages {

    /** What became of one uploaded file: an import (new or the existing one), or why it was refused. */
    record UploadResult(String fileName, Long importId, boolean existing, String error) {
    }

    /** One problem to show: the field it concerns and the message. */
    record Problem(String field, String message) {
    }

    private final Imports imports;
    private final ImportReviews reviews;
    private final ImportApplier applier;
    private final MessageSource messages;

    ImportPages(Imports imports, ImportReviews reviews, ImportApplier applier, MessageSource messages) {
        this.imports = imports;
        this.reviews = reviews;
        this.applier = applier;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        return listPage(page, List.of(), model);
    }

    @PostMapping
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal, Model model) {
        List<UploadResult> results = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            String name = file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
            try {
                Imports.Stored stored = imports.upload(name, file.getBytes(), principal == null ? null : principal.getName());
                results.add(new UploadResult(name, stored.documentImport().id(), stored.existing(), null));
            } catch (UnreadableDocumentException e) {
                results.add(new UploadResult(name, null, false, e.getMessage()));
            } catch (IOException e) {
                results.add(new UploadResult(name, null, false, name + " could not be received"));
            }
        }
        if (results.isEmpty()) {
            results.add(new UploadResult("", null, false, msg("intake.upload.none")));
        }
        model.addAttribute("uploadResults", results);
        return listPage(1, results, model);
    }

    private String listPage(int page, List<UploadResult> results, Model model) {
        int size = Page.DEFAULT_SIZE;
        Imports.Listing listing = imports.list(Page.offset(page, size), size);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> "/imports?page=" + n));
        model.addAttribute("uploadResults", results);
        model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        return "intake/list";
    }

    @GetMapping("/{id}")
    String review(@PathVariable long id, Model model) {
        model.addAttribute("review", reviews.of(id, null));
        imports.viewed(id);
        model.addAttribute("problems", List.of());
        return "intake/review";
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult binding,
                @RequestParam(defaultValue = "save") String step, Model model) {
        List<Problem> problems = new ArrayList<>();
        binding.getFieldErrors().forEach(e -> problems.add(new Problem(e.getField(),
                messages.getMessage(e, LocaleContextHolder.getLocale()))));
        if (problems.isEmpty()) {
            try {
                if ("apply".equals(step)) {
                    applier.apply(id, form);
                } else {
                    imports.saveReview(id, form);
                }
                return "redirect:/imports/" + id + ("apply".equals(step) ? "?applied" : "?saved");
            } catch (InvalidInputException e) {
                e.errors().forEach(err -> problems.add(new Problem(err.field(),
                        messages.getMessage(err.messageKey(), err.arguments(), err.messageKey(), LocaleContextHolder.getLocale()))));
            } catch (ConcurrentEditException e) {
                problems.add(new Problem("version", msg("intake.error.conflict")));
            }
        }
        model.addAttribute("review", reviews.of(id, form));
        model.addAttribute("problems", problems);
        return "intake/review";
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
