package vn.danvankheo.recognition.registrations;

import java.util.UUID;

/** One of the model's own records (a photo, an approved update, a document in an update) shown for a criterion. */
public record Evidence(String criterion, UUID recordId, String note) {}
