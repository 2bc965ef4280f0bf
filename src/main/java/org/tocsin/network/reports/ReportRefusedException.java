package org.tocsin.network.reports;

import java.time.LocalDate;

/**
 * A report for a UA that takes none: an unknown code or a draft ({@link Reason#UNKNOWN}), or a
 * chain that is closed ({@link Reason#CLOSED}, since {@code closedSince}).
 */
public class ReportRefusedException extends RuntimeException {

    public enum Reason { UNKNOWN, CLOSED }

    private final Reason reason;
    private final String code;
    private final LocalDate closedSince;

    ReportRefusedException(Reason reason, String code, LocalDate closedSince) {
        super(reason == Reason.UNKNOWN ? "no urgent action with this code" : "urgent action closed");
        this.reason = reason;
        this.code = code;
        this.closedSince = closedSince;
    }

    static ReportRefusedException unknown(String code) {
        return new ReportRefusedException(Reason.UNKNOWN, code, null);
    }

    static ReportRefusedException closed(String code, LocalDate since) {
        return new ReportRefusedException(Reason.CLOSED, code, since);
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public LocalDate closedSince() {
        return closedSince;
    }

    /** The message key: the page and the API say the same. */
    public String messageKey() {
        return reason == Reason.UNKNOWN ? "reports.refused.unknown"
                : closedSince == null ? "reports.refused.closedUndated" : "reports.refused.closed";
    }
}
