package vn.danvankheo.places;

import java.time.LocalDate;

/**
 * An administrative unit as named during one period: {@code validTo} is exclusive and null while the name is
 * current. Codes never change, so a code plus a date always finds the name a record had.
 */
public record AdminUnit(
        String code,
        UnitLevel level,
        String provinceCode,
        String name,
        String fullName,
        String nameEn,
        String fullNameEn,
        String unitType,
        LocalDate validFrom,
        LocalDate validTo) {

    public boolean isCurrent() {
        return validTo == null;
    }
}
