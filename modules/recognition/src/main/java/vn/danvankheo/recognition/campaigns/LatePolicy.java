package vn.danvankheo.recognition.campaigns;

/** What a campaign does with a registration sent after its registration deadline. */
public enum LatePolicy {
    REFUSE,
    MARK_LATE
}
