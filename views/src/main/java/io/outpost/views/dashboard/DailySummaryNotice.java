package io.outpost.views.dashboard;

import io.outpost.app.dashboard.DailySummary;
import io.outpost.i18n.Messages;
import io.outpost.views.common.Notice;

/** Yesterday's summary as the window's notice (and the desktop notification's text): figures as the dashboard shows them. */
public final class DailySummaryNotice {
    /** The keys of the summary's notice start so: none, one, or several devices went offline. */
    public static final String KEY = "notice.dailySummary.";

    private DailySummaryNotice() {
    }

    public static Notice of(DailySummary summary, Messages messages) {
        DashboardTexts texts = new DashboardTexts(messages);
        String key = switch (summary.wentOffline()) {
            case 0 -> "notice.dailySummary.none";
            case 1 -> "notice.dailySummary.one";
            default -> "notice.dailySummary.many";
        };
        return Notice.of(key, messages.formats().number(summary.online()), messages.formats().number(summary.total()),
                texts.percent(summary.uptime()), texts.tokens(summary.token(), summary.earned()),
                messages.formats().number(summary.wentOffline()));
    }
}
