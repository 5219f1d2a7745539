package vn.danvankheo.accounts;

/** A plain-text mail to one person: an invitation, a link to choose a new password. */
public record Mail(String to, String subject, String text) {}
