package vn.danvankheo.accounts;

import java.io.Serializable;

/**
 * The locality an account may act in: a commune, a whole province, or (both null) the whole country. A commune scope
 * always names its province too.
 */
public record Scope(String provinceCode, String communeCode) implements Serializable {

    public static final Scope NATIONWIDE = new Scope(null, null);

    public boolean covers(String modelProvinceCode, String modelCommuneCode) {
        if (provinceCode == null) {
            return true;
        }
        if (!provinceCode.equals(modelProvinceCode)) {
            return false;
        }
        return communeCode == null || communeCode.equals(modelCommuneCode);
    }

    /** Whether everything in {@code inner} lies within this locality: a unit's cells, an account's unit. */
    public boolean contains(Scope inner) {
        if (provinceCode == null) {
            return true;
        }
        if (!provinceCode.equals(inner.provinceCode())) {
            return false;
        }
        return communeCode == null || communeCode.equals(inner.communeCode());
    }
}
