package org.tocsin.security.backup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.database.JobQueue;
import org.tocsin.web.Page;

/**
 * The backup runs for administrators, newest first, with the schedule in force and the recent
 * runs of the job queue (backups, digests, reminders). Others get 403.
 */
@Controller
@RequestMapping("/admin/backups")
class BackupPages {

    private static final int RECENT_JOBS = 20;

    private final Backups backups;
    private final JobQueue jobs;
    private final String schedule;
    private final String target;
    private final int keep;

    BackupPages(Backups backups, JobQueue jobs, @Value("${tocsin.backup.schedule:${TOCSIN_BACKUP_SCHEDULE:}}") String schedule,
                @Value("${tocsin.backup.target:${TOCSIN_BACKUP_TARGET:}}") String target, @Value("${tocsin.backup.keep:${TOCSIN_BACKUP_KEEP:0}}") int keep) {
        this.backups = backups;
        this.jobs = jobs;
        this.schedule = schedule.strip();
        this.target = target.strip().replaceFirst("^(sftp://[^:@/]*):[^@/]*@", "$1@");
        this.keep = keep;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        requireAdministrator();
        int size = Page.DEFAULT_SIZE;
        Backups.Runs runs = backups.runs(Page.offset(page, size), size);
        model.addAttribute("schedule", schedule);
        model.addAttribute("target", target);
        model.addAttribute("keep", keep);
        model.addAttribute("jobs", jobs.recent(RECENT_JOBS));
        model.addAttribute("page", new Page<>(runs.items(), Math.max(1, page), size, runs.total(),
                n -> "/admin/backups?page=" + n));
        return "backups/list";
    }

    private static void requireAdministrator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean administrator = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMINISTRATOR".equals(a.getAuthority()));
        if (!administrator) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
