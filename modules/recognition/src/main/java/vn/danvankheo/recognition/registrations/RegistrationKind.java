package vn.danvankheo.recognition.registrations;

/** A model built this year, or one from earlier years registered again with higher targets (seed 000, II.1). */
public enum RegistrationKind {
    NEW,
    CONTINUING
}
