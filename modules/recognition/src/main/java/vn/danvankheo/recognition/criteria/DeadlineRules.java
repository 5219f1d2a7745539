package vn.danvankheo.recognition.criteria;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline's usable date must be the one the document writes. When the document writes a date that does not exist,
 * there is no such date: {@code due} stays empty and a {@code problem} note keeps the question visible.
 */
final class DeadlineRules {

    // Vietnamese documents write day/month/year without leading zeros as often as with them ("30/6/2026").
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private DeadlineRules() {}

    static List<String> problemsOf(String where, Deadline deadline) {
        List<String> problems = new ArrayList<>();
        if (deadline == null) {
            problems.add(where + " is empty");
            return problems;
        }
        CriteriaSetRules.required(problems, where + ".task", deadline.task());
        CriteriaSetRules.required(problems, where + ".taskEn", deadline.taskEn());
        CriteriaSetRules.required(problems, where + ".quote", deadline.quote());
        CriteriaSetRules.required(problems, where + ".dueText", deadline.dueText());
        if (deadline.dueText() == null || deadline.dueText().isBlank()) {
            return problems;
        }
        Matcher written = DAY_MONTH_YEAR.matcher(deadline.dueText());
        if (!written.matches()) {
            problems.add(where + ".dueText \"" + deadline.dueText() + "\" is not written as day/month/year");
            return problems;
        }
        Optional<LocalDate> named = dateOf(written);
        if (named.isEmpty()) {
            if (deadline.due() != null) {
                problems.add(where + ".due " + deadline.due() + " is a guess: the document's \"" + deadline.dueText()
                        + "\" is not a real date, so due must stay empty");
            }
            if (deadline.problem() == null || deadline.problem().isBlank()) {
                problems.add(where + ".dueText \"" + deadline.dueText()
                        + "\" is not a real date; keep due empty and explain in problem");
            }
        } else if (deadline.due() == null) {
            problems.add(where + ".due is missing; the document's \"" + deadline.dueText() + "\" is " + named.get());
        } else if (!named.get().equals(deadline.due())) {
            problems.add(where + ".due " + deadline.due() + " does not match the document's \"" + deadline.dueText()
                    + "\" (" + named.get() + ")");
        }
        return problems;
    }

    private static Optional<LocalDate> dateOf(Matcher written) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(written.group(3)),
                    Integer.parseInt(written.group(2)),
                    Integer.parseInt(written.group(1))));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
