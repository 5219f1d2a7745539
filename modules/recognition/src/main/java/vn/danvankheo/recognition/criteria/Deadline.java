package vn.danvankheo.recognition.criteria;

import java.time.LocalDate;

/**
 * A date the issuing document sets. Documents contain impossible dates (the 2026 local plan asks for its annual report
 * "trước ngày 31/11/2026"), so the document's text is kept as written and the usable date is separate.
 *
 * @param quote the document's sentence that sets the deadline
 * @param dueText the date exactly as the document writes it, {@code d/M/yyyy}
 * @param due the date {@code dueText} names; {@code null} only when that date does not exist
 * @param problem why {@code due} is missing or doubtful, for people to resolve with the issuer
 */
public record Deadline(String task, String taskEn, String quote, String dueText, LocalDate due, String problem) {}
