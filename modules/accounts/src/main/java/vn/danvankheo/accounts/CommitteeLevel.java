package vn.danvankheo.accounts;

/** The level at which a committee member evaluates and recognises models (seed 002, section V). */
public enum CommitteeLevel {
    GRASSROOTS,
    PROVINCIAL,
    CENTRAL
}
