package vn.danvankheo.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;
import vn.danvankheo.accounts.Unit;

@Entity
@Table(name = "model", schema = "catalog")
class Model {

    @Id
    private UUID id;

    private String slug;
    private String name;
    private String ownerName;

    @Enumerated(EnumType.STRING)
    private OwnerKind ownerKind;

    private String registeringUnit;
    private UUID registeringUnitId;

    @Enumerated(EnumType.STRING)
    private Field field;

    @Column(columnDefinition = "geometry(Point,4326)")
    private Point location;

    private String communeCode;
    private String communeName;
    private String provinceCode;
    private String provinceName;
    private int yearStarted;
    private String summary;
    private String story;

    @Enumerated(EnumType.STRING)
    private ModelStatus status;

    private boolean localityAgrees;
    private String localityNote;

    @JdbcTypeCode(SqlTypes.JSON)
    private ModelDetails details;

    private boolean reviewRequested;
    private String sentBackReason;

    private UUID replicatesId;

    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "model_photo", schema = "catalog", joinColumns = @JoinColumn(name = "model_id"))
    @OrderColumn(name = "position")
    private List<Photo> photos = new ArrayList<>();

    protected Model() {}

    Model(UUID id, NewModel given, String slug, Unit unit, Point location, RecordedLocality locality, Instant now) {
        ModelProfile profile = given.profile();
        this.id = id;
        this.slug = slug;
        this.name = profile.name().strip();
        this.ownerName = profile.ownerName().strip();
        this.ownerKind = profile.ownerKind();
        this.registeringUnit = unit.name();
        this.registeringUnitId = unit.id();
        this.field = profile.field();
        this.location = location;
        this.communeCode = locality.commune().code();
        this.communeName = locality.commune().fullName();
        this.provinceCode = locality.province().code();
        this.provinceName = locality.province().fullName();
        this.localityAgrees = locality.agrees();
        this.localityNote = locality.note();
        this.yearStarted = profile.yearStarted();
        this.summary = profile.summary().strip();
        this.story = StoryHtml.sanitize(profile.story());
        this.details = given.details();
        this.status = ModelStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        given.photos().forEach(p -> photos.add(new Photo(p.mediaId(), p.caption(), p.credit())));
        this.replicatesId = given.replicates();
    }

    void publish(Instant now) {
        if (status == ModelStatus.ARCHIVED) {
            throw new InvalidModelException("Mô hình đã lưu trữ, không thể công bố lại.");
        }
        if (status != ModelStatus.PUBLISHED) {
            status = ModelStatus.PUBLISHED;
            publishedAt = now;
        }
        reviewRequested = false;
        sentBackReason = null;
        updatedAt = now;
    }

    /** The unit asks a moderator to look: a new model goes to the queue, a published one's changes are offered. */
    void submit(Instant now) {
        switch (status) {
            case DRAFT -> status = ModelStatus.SUBMITTED;
            case PUBLISHED -> reviewRequested = true;
            case SUBMITTED -> throw new InvalidModelException("Mô hình đã được gửi duyệt, đang chờ người kiểm duyệt.");
            case ARCHIVED -> throw new InvalidModelException("Mô hình đã lưu trữ, không thể gửi duyệt.");
        }
        sentBackReason = null;
        updatedAt = now;
    }

    /** A moderator returns the work with a reason; what the public already sees stays as it is. */
    void sendBack(String reason, Instant now) {
        if (status == ModelStatus.SUBMITTED) {
            status = ModelStatus.DRAFT;
        } else if (status == ModelStatus.PUBLISHED && reviewRequested) {
            reviewRequested = false;
        } else {
            throw new InvalidModelException("Mô hình không có gì đang chờ duyệt để trả lại.");
        }
        sentBackReason = reason.strip();
        updatedAt = now;
    }

    void archive(Instant now) {
        if (status == ModelStatus.ARCHIVED) {
            throw new InvalidModelException("Mô hình đã được lưu trữ.");
        }
        status = ModelStatus.ARCHIVED;
        reviewRequested = false;
        updatedAt = now;
    }

    /** Applies the parts given; returns the names of the parts that really changed. */
    List<String> edit(ModelEdit edit, Instant now) {
        var changed = new ArrayList<String>();
        ModelProfile change = edit.profile();
        if (change.name() != null && !change.name().strip().equals(name)) {
            name = change.name().strip();
            changed.add("name");
        }
        if (change.ownerName() != null && !change.ownerName().strip().equals(ownerName)) {
            ownerName = change.ownerName().strip();
            changed.add("ownerName");
        }
        if (change.ownerKind() != null && change.ownerKind() != ownerKind) {
            ownerKind = change.ownerKind();
            changed.add("ownerKind");
        }
        if (change.field() != null && change.field() != field) {
            field = change.field();
            changed.add("field");
        }
        if (change.yearStarted() != null && change.yearStarted() != yearStarted) {
            yearStarted = change.yearStarted();
            changed.add("yearStarted");
        }
        if (change.summary() != null && !change.summary().strip().equals(summary)) {
            summary = change.summary().strip();
            changed.add("summary");
        }
        if (change.story() != null && !StoryHtml.sanitize(change.story()).equals(story)) {
            story = StoryHtml.sanitize(change.story());
            changed.add("story");
        }
        if (edit.details() != null) {
            changed.addAll(changedParts(details, edit.details()));
            details = edit.details();
        }
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    private static List<String> changedParts(ModelDetails before, ModelDetails after) {
        var parts = new java.util.LinkedHashMap<String, Function<ModelDetails, Object>>();
        parts.put("ownerDisclosure", ModelDetails::ownerDisclosure);
        parts.put("continuing", ModelDetails::continuing);
        parts.put("plan", ModelDetails::plan);
        parts.put("results", ModelDetails::results);
        parts.put("tags", ModelDetails::tags);
        parts.put("sites", ModelDetails::sites);
        parts.put("area", ModelDetails::area);
        parts.put("pressContact", ModelDetails::pressContact);
        return parts.entrySet().stream()
                .filter(part -> !Objects.equals(
                        part.getValue().apply(before), part.getValue().apply(after)))
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    /** Names the model this one replicates, or none; returns whether that changed. */
    boolean replicate(UUID original, Instant now) {
        if (Objects.equals(original, replicatesId)) {
            return false;
        }
        replicatesId = original;
        updatedAt = now;
        return true;
    }

    boolean isArchived() {
        return status == ModelStatus.ARCHIVED;
    }

    UUID replicatesId() {
        return replicatesId;
    }

    /** The version a flush gives after a change, for generated rows written without JPA. */
    void countChange() {
        version++;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    UUID id() {
        return id;
    }

    String communeCode() {
        return communeCode;
    }

    String provinceCode() {
        return provinceCode;
    }

    ModelView view(ModelView.TodaysNames today, List<RecognitionBadge> recognitions) {
        return new ModelView(
                id,
                slug,
                registeringUnit,
                registeringUnitId,
                new ModelProfile(name, ownerName, ownerKind, field, yearStarted, summary, story),
                new ModelLocation(location.getY(), location.getX(), communeCode),
                new ModelLocality(communeName, provinceCode, provinceName, today, localityAgrees, localityNote),
                details,
                new ModelState(status, reviewRequested, sentBackReason, publishedAt, updatedAt, version),
                photos.stream().map(Photo::view).toList(),
                recognitions,
                replicatesId);
    }

    @Embeddable
    static class Photo {
        private UUID mediaId;
        private String caption;
        private String credit;

        protected Photo() {}

        Photo(UUID mediaId, String caption, String credit) {
            this.mediaId = mediaId;
            this.caption = caption;
            this.credit = credit;
        }

        ModelView.PhotoView view() {
            return new ModelView.PhotoView(mediaId, caption, credit);
        }
    }
}
