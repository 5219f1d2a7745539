package vn.danvankheo.places;

/**
 * Whether a declared commune agrees with where the point actually is. A disagreement is reported, never corrected:
 * either the point or the declaration may be the mistake, and only the person who entered them can tell.
 */
public record LocalityCheck(boolean agrees, AdminUnit declared, Locality resolved, String message) {}
