package org.tocsin.network.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tocsin.actions.UrgentAction;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;

/**
 * The members' public pages: sign up, confirm, unsubscribe (one click, RFC 8058), and their own
 * data. None needs a login; every link that opens a member's data carries a secret token.
 */
@Controller
class MemberPages {

    private final Members members;

    MemberPages(Members members) {
        this.members = members;
    }

    @GetMapping("/join")
    String joinForm(Model model, Locale locale) {
        String language = members.languages().contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        model.addAttribute("form", SignUpForm.empty(language));
        return choices(model, "members/join");
    }

    @PostMapping("/join")
    String join(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                if (members.signUp(form, request.getRemoteAddr()) == Members.Outcome.SENT) {
                    return "redirect:/join/sent";
                }
                model.addAttribute("throttled", true);
                response.setStatus(429);
                return choices(model, "members/join");
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.rejectValue(error.field(), error.messageKey(), error.arguments(), null));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return choices(model, "members/join");
    }

    @GetMapping("/join/sent")
    String sent() {
        return "members/sent";
    }

    /** Shows a button only: mail scanners that open links must not confirm a sign-up nobody asked for. */
    @GetMapping("/join/confirm/{token}")
    String confirmForm(@PathVariable String token, Model model, HttpServletResponse response) {
        boolean known = members.knowsConfirmLink(token);
        model.addAttribute("known", known);
        model.addAttribute("token", token);
        if (!known) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("confirmed", false);
            return "members/confirmed";
        }
        return "members/confirm";
    }

    @PostMapping("/join/confirm/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        boolean confirmed = members.confirm(token).isPresent();
        model.addAttribute("confirmed", confirmed);
        if (!confirmed) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return "members/confirmed";
    }

    /** A person following the link from a mail sees a button; nothing changes on a GET (link scanners follow links). */
    @GetMapping("/members/unsubscribe/{token}")
    String unsubscribeForm(@PathVariable String token, Model model, HttpServletResponse response) {
        boolean known = members.knowsUnsubscribeLink(token);
        model.addAttribute("known", known);
        model.addAttribute("token", token);
        if (!known) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return "members/unsubscribe";
    }

    /** RFC 8058 one-click: the mail client POSTs "List-Unsubscribe=One-Click"; no login, no CSRF token. */
    @PostMapping("/members/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        boolean done = members.unsubscribe(token).isPresent();
        model.addAttribute("done", done);
        if (!done) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return "members/unsubscribed";
    }

    @GetMapping("/members/my-data")
    String dataRequestForm() {
        return "members/data-request";
    }

    @PostMapping("/members/my-data")
    String dataRequest(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String website,
                       Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!website.isBlank()) {
            return "redirect:/members/my-data?sent";
        }
        if (email.isBlank() || email.length() > 254 || !email.contains("@")) {
            model.addAttribute("invalid", true);
            model.addAttribute("email", email);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "members/data-request";
        }
        if (members.requestDataLink(email, request.getRemoteAddr()) == Members.Outcome.THROTTLED) {
            model.addAttribute("throttled", true);
            response.setStatus(429);
            return "members/data-request";
        }
        return "redirect:/members/my-data?sent";
    }

    @GetMapping("/members/my-data/{token}")
    String data(@PathVariable String token, Model model, HttpServletResponse response) {
        var data = members.data(token);
        if (data.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "members/link-expired";
        }
        model.addAttribute("data", data.get());
        model.addAttribute("token", token);
        model.addAttribute("form", new Preferences(data.get().name(), data.get().town(), data.get().address(),
                data.get().language(), data.get().sectionId(), data.get().countries(), data.get().themes(), data.get().frequency(), data.get().version()));
        return choices(model, "members/data");
    }

    @GetMapping(value = "/members/my-data/{token}/download", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Members.MemberData> download(@PathVariable String token) {
        return members.data(token)
                .map(data -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\"")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(data))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/members/my-data/{token}")
    String update(@PathVariable String token, @Valid @ModelAttribute("form") Preferences form, BindingResult errors,
                  Model model, HttpServletResponse response) {
        var data = members.data(token);
        if (data.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "members/link-expired";
        }
        model.addAttribute("token", token);
        model.addAttribute("data", data.get());
        if (!errors.hasErrors()) {
            try {
                members.updatePreferences(token, form);
                return "redirect:/members/my-data/" + token + "?saved";
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.rejectValue(error.field(), error.messageKey(), error.arguments(), null));
            } catch (ConcurrentEditException e) {
                model.addAttribute("conflict", true);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return choices(model, "members/data");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return choices(model, "members/data");
    }

    @PostMapping("/members/my-data/{token}/delete")
    String erase(@PathVariable String token, HttpServletResponse response) {
        if (!members.erase(token)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "members/link-expired";
        }
        return "redirect:/members/deleted";
    }

    @GetMapping("/members/deleted")
    String deleted() {
        return "members/deleted";
    }

    /** Each language named in itself ("Русский", "Norsk bokmål"), as a reader of it looks for it. */
    static Map<String, String> endonyms(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : codes) {
            Locale language = Locale.forLanguageTag(code);
            String name = language.getDisplayLanguage(language);
            names.put(code, name.isEmpty() || name.equals(code) ? code
                    : name.substring(0, 1).toUpperCase(language) + name.substring(1));
        }
        return names;
    }

    private String choices(Model model, String view) {
        model.addAttribute("languages", members.languages());
        model.addAttribute("languageNames", endonyms(members.languages()));
        model.addAttribute("sections", members.sections());
        model.addAttribute("countries", members.countries());
        model.addAttribute("themes", UrgentAction.THEMES);
        return view;
    }
}
