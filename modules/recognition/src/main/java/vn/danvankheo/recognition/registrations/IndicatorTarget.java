package vn.danvankheo.recognition.registrations;

import java.math.BigDecimal;

/** One indicator the model commits to for the year, as in its plan: "Suất cơm mỗi tuần", 300, "suất". */
public record IndicatorTarget(String indicator, String unit, BigDecimal value) {}
