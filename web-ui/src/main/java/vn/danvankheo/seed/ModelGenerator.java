package vn.danvankheo.seed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.danvankheo.accounts.UnitRegistry.GeneratedUnit;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.GeneratedModels.Generated;
import vn.danvankheo.catalog.GeneratedModels.GeneratedUpdate;
import vn.danvankheo.catalog.LegacyField;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelNames;
import vn.danvankheo.catalog.ModelPlan;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerDisclosure;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.ProgressUpdate.NewUpdate;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.registrations.GeneratedRecognitions.GeneratedRecognition;
import vn.danvankheo.recognition.registrations.IndicatorTarget;

/**
 * Model number {@code n} of a seed, always the same whatever was generated before it: each model has its own random
 * stream, so a resumed run writes exactly what the interrupted one would have. Names, owners and stories come from
 * templates across the four 2026–2030 fields; one model in ten was written under the older local scheme.
 */
final class ModelGenerator {

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int FIRST_YEAR = 2010;
    private static final int LAST_YEAR = 2026;
    /** Registration rounds: the first of each month of 2026 up to now, when units enter their models. */
    private static final int ROUNDS = 11;
    /** Nothing generated happens after this day: the data set looks as it would have on it. */
    private static final Instant DATA_SET_END =
            LocalDate.of(LAST_YEAR, 12, 1).atStartOfDay(VIETNAM).toInstant();

    private final long seed;
    private final CommuneDraw communes;
    private final List<UUID> photos;

    /** @param photos the run's stored photos, which models draw from; none, and no model has a photo */
    ModelGenerator(long seed, CommuneDraw communes, List<UUID> photos) {
        this.seed = seed;
        this.communes = communes;
        this.photos = List.copyOf(photos);
    }

    GeneratedModel generate(long n) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        CommuneDraw.Place place = communes.draw(random);
        CommuneDraw.Commune commune = place.commune();
        boolean legacy = random.nextInt(10) == 0;
        LegacyField legacyField = LegacyField.values()[random.nextInt(LegacyField.values().length)];
        Field field = legacy ? legacyField.toField() : Field.values()[random.nextInt(Field.values().length)];
        Topic topic = pick(random, Topics.of(field));
        boolean individual = random.nextInt(5) == 0;
        String ownerName = individual ? personName(random) : collective(random, commune);
        List<GeneratedUnit> units = CommuneUnits.of(commune);
        // Its own draw, so which unit registers a model leaves every other part of the model as it was.
        UUID registeringUnit = units.get(new SplittableRandom(~(seed * 0x9E3779B97F4A7C15L + n)).nextInt(units.size()))
                .id();
        int yearStarted = year(random);
        boolean continuing = yearStarted < LAST_YEAR && random.nextInt(4) != 0;
        String name = topic.name() + " " + placeName(commune);
        String slug = ModelNames.slugOf(name).replaceAll("-+$", "") + "-s" + seed + "-" + n;
        Instant registeredAt = LocalDate.of(LAST_YEAR, 1 + random.nextInt(ROUNDS), 1)
                .atStartOfDay(VIETNAM)
                .toInstant()
                .plusSeconds(7 * 3600 + random.nextInt(10 * 3600))
                .plusMillis(random.nextInt(1000));
        Instant publishedAt = random.nextInt(10) == 0
                ? null
                : registeredAt.plus(Duration.ofMinutes(60 + random.nextInt(20 * 24 * 60)));
        // Drawn in the order they always were, so adding the stored original changed no model's other parts.
        String story = story(random, topic, commune, yearStarted, continuing);
        OwnerDisclosure disclosure =
                individual ? pick(random, List.of(OwnerDisclosure.values())) : OwnerDisclosure.FULL_NAME;
        String result = random.nextInt(3) == 0 ? topic.result() : null;
        Recognition recognition = recognition(random);
        Long replicates = n > 0 && random.nextInt(20) == 0 ? random.nextLong(n) : null;
        NewModel model = new NewModel(
                slug.length() <= 120
                        ? slug
                        : slug.substring(slug.length() - 120).replaceAll("^-+", ""),
                registeringUnit,
                new ModelProfile(
                        name,
                        ownerName,
                        individual ? OwnerKind.INDIVIDUAL : OwnerKind.COLLECTIVE,
                        field,
                        yearStarted,
                        topic.summary() + " tại " + placeName(commune) + ", " + commune.provinceName()
                                + (legacy
                                        ? " (đăng ký theo "
                                                + legacyField.labelVi().toLowerCase(VI) + ")."
                                        : "."),
                        story),
                new ModelLocation(place.latitude(), place.longitude(), commune.code()),
                photos(n),
                new ModelDetails(
                        disclosure,
                        continuing,
                        ModelPlan.EMPTY,
                        result,
                        legacy ? List.of(topic.tag(), "lĩnh vực cũ") : List.of(topic.tag()),
                        null,
                        null,
                        null),
                replicates == null ? null : id(seed, replicates));
        Generated generated = new Generated(id(seed, n), model, registeredAt, publishedAt, updates(n, publishedAt));
        return new GeneratedModel(
                generated,
                units,
                recognition,
                steps(n, generated, recognition, units.get(0).id()),
                replicates);
    }

    /**
     * The way through the recognition workflow to the level drawn, where the workflow allows one: the model is
     * published, new this year (a continuing model needs last year's registration, and no campaign before 2026 has
     * criteria to hold one), has a photo or an update to show as evidence, and the steps end before the data set
     * does. Registered in the commune party committee's campaign some days after the model's last change, each step
     * a few days after the one before, in working hours. Its own stream, like the updates.
     */
    private GeneratedRecognition steps(long n, Generated generated, Recognition drawn, UUID communeCommittee) {
        if (drawn == Recognition.NONE
                || generated.publishedAt() == null
                || generated.model().profile().yearStarted() != LAST_YEAR
                || (generated.model().photos().isEmpty() && generated.updates().isEmpty())) {
            return null;
        }
        SplittableRandom random = new SplittableRandom((seed * 0x9E3779B97F4A7C15L + n) ^ 0x3C6EF372FE94F82BL);
        Instant ready = generated.publishedAt();
        for (GeneratedUpdate update : generated.updates()) {
            ready = later(ready, update.approvedAt() == null ? update.writtenAt() : update.approvedAt());
        }
        Instant registeredAt = LocalDate.ofInstant(ready, VIETNAM)
                .plusDays(1 + random.nextInt(30))
                .atTime(8, 0)
                .atZone(VIETNAM)
                .toInstant()
                .plusSeconds(random.nextInt(8 * 3600));
        GeneratedRecognition steps = new GeneratedRecognition(
                generated.id(),
                communeCommittee,
                drawn.level(),
                registeredAt,
                Duration.ofDays(2 + random.nextInt(6)),
                List.of(new IndicatorTarget(
                        "Hộ gia đình tham gia (dữ liệu thử)", "hộ", BigDecimal.valueOf(20 + random.nextInt(300)))),
                7 + random.nextInt(4));
        return steps.at(steps.lastStep()).isBefore(DATA_SET_END) ? steps : null;
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /**
     * One published model in five reports progress, one to three times, a week to two months apart; a moderator
     * approves each within days, except one in ten still waiting and those the data set's end date cuts short. Its
     * own stream, so the updates leave every other part of the model as it was.
     */
    private List<GeneratedUpdate> updates(long n, Instant publishedAt) {
        SplittableRandom random = new SplittableRandom((seed * 0x9E3779B97F4A7C15L + n) ^ 0x5DEECE66DL);
        if (publishedAt == null || random.nextInt(5) != 0) {
            return List.of();
        }
        int count = 1 + random.nextInt(3);
        List<GeneratedUpdate> updates = new ArrayList<>(count);
        Instant last = publishedAt;
        for (int k = 0; k < count; k++) {
            Instant written = last.plus(Duration.ofMinutes((7 + random.nextInt(54)) * 24 * 60 + random.nextInt(600)));
            if (!written.isBefore(DATA_SET_END)) {
                break;
            }
            Instant approved = written.plus(Duration.ofMinutes(60 + random.nextInt(5 * 24 * 60)));
            boolean waiting = random.nextInt(10) == 0 || !approved.isBefore(DATA_SET_END);
            LocalDate day = LocalDate.ofInstant(written, VIETNAM);
            String body = String.format(
                            pick(random, UPDATES),
                            day.getMonthValue() + "/" + day.getYear(),
                            2 + random.nextInt(30),
                            1 + random.nextInt(8))
                    + " (dữ liệu thử)";
            updates.add(new GeneratedUpdate(
                    UUID.nameUUIDFromBytes(
                            ("dvk-seed-update:" + seed + ":" + n + ":" + k).getBytes(StandardCharsets.UTF_8)),
                    new NewUpdate(body, List.of(), List.of()),
                    written,
                    waiting ? null : approved));
            last = written;
        }
        return updates;
    }

    /** One model in eight shows one or two photos of the run's few; their own stream, like the updates. */
    private List<NewModel.NewPhoto> photos(long n) {
        SplittableRandom random = new SplittableRandom((seed * 0x9E3779B97F4A7C15L + n) ^ 0x2545F4914F6CDD1DL);
        if (photos.isEmpty() || random.nextInt(8) != 0) {
            return List.of();
        }
        List<NewModel.NewPhoto> shown = new ArrayList<>(2);
        int first = random.nextInt(photos.size());
        shown.add(new NewModel.NewPhoto(photos.get(first), "Ảnh minh họa (dữ liệu thử)", null));
        if (random.nextBoolean() && photos.size() > 1) {
            shown.add(new NewModel.NewPhoto(
                    photos.get((first + 1 + random.nextInt(photos.size() - 1)) % photos.size()),
                    "Ảnh minh họa (dữ liệu thử)",
                    null));
        }
        return shown;
    }

    static UUID id(long seed, long n) {
        return UUID.nameUUIDFromBytes(("dvk-seed:" + seed + ":" + n).getBytes(StandardCharsets.UTF_8));
    }

    /** Most models are never recognised; a commune recognises far more than a province, a province than the centre. */
    private static Recognition recognition(SplittableRandom random) {
        int roll = random.nextInt(1000);
        if (roll < 5) {
            return Recognition.CENTRAL;
        }
        if (roll < 40) {
            return Recognition.PROVINCIAL;
        }
        return roll < 150 ? Recognition.COMMUNE : Recognition.NONE;
    }

    /** More models start in recent years: the movement grows, and old ones stop. */
    private static int year(SplittableRandom random) {
        int span = LAST_YEAR - FIRST_YEAR + 1;
        double skewed = Math.sqrt(random.nextDouble());
        return FIRST_YEAR + Math.min(span - 1, (int) (skewed * span));
    }

    private static String story(
            SplittableRandom random, Topic topic, CommuneDraw.Commune commune, int year, boolean continuing) {
        return "<p>Từ năm " + year + ", " + topic.story() + " Mô hình do " + pick(random, LEADERS)
                + " đứng ra vận động, bàn bạc dân chủ với bà con " + placeName(commune) + ".</p><p>"
                + pick(random, RESULTS) + (continuing ? " Năm nay mô hình tiếp tục với chỉ tiêu cao hơn." : "")
                + "</p><p><em>Đây là dữ liệu thử do máy sinh, không phải hồ sơ thật.</em></p>";
    }

    private static String placeName(CommuneDraw.Commune commune) {
        return commune.type().toLowerCase(VI) + " " + commune.name();
    }

    private static String collective(SplittableRandom random, CommuneDraw.Commune commune) {
        String hamlet = pick(random, HAMLETS) + " " + (1 + random.nextInt(12));
        return switch (random.nextInt(6)) {
            case 0 -> "Chi hội Phụ nữ " + hamlet;
            case 1 -> "Chi đoàn Thanh niên " + hamlet;
            case 2 -> "Chi hội Cựu chiến binh " + hamlet;
            case 3 -> "Chi bộ " + hamlet;
            case 4 -> "Ban Công tác Mặt trận " + hamlet;
            default -> "Công an " + placeName(commune);
        };
    }

    private static String personName(SplittableRandom random) {
        return pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
    }

    private static <T> T pick(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static final List<String> HAMLETS = List.of("Thôn", "Ấp", "Bản", "Tổ dân phố", "Khu phố", "Xóm");
    private static final List<String> FAMILY =
            List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Kim");
    private static final List<String> GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Hoa", "Hương", "Lan", "Mai", "Nam", "Phúc", "Quang", "Tâm", "Thảo", "Yến");
    private static final List<String> LEADERS = List.of(
            "chi bộ và ban công tác mặt trận",
            "hội phụ nữ cùng đoàn thanh niên",
            "trưởng thôn và người có uy tín",
            "công an xã cùng tổ an ninh cơ sở",
            "hội cựu chiến binh");
    /** Filled with the month, then a count of households or metres, then a count of meetings. */
    private static final List<String> UPDATES = List.of(
            "Tháng %s: tổ chức %3$d buổi sinh hoạt, vận động thêm %2$d hộ tham gia mô hình.",
            "Tháng %s: bà con góp công sửa %d m đường làng, lắp thêm %d cụm đèn chiếu sáng.",
            "Tháng %s: rà soát danh sách, %d hộ đăng ký tiếp tục, thêm %d hộ mới tham gia.",
            "Tháng %s: sơ kết %3$d tháng thực hiện, giải quyết xong %2$d ý kiến, kiến nghị của người dân.");

    private static final List<String> RESULTS = List.of(
            "Sau một năm, hơn 90% hộ gia đình tham gia, nhiều việc khó được giải quyết ngay tại cơ sở.",
            "Người dân tự nguyện đóng góp ngày công và kinh phí, chính quyền chỉ hỗ trợ phần nhỏ.",
            "Mô hình được các địa phương lân cận đến học tập và nhân rộng.",
            "Các vụ việc phức tạp giảm rõ rệt, quan hệ xóm giềng gắn bó hơn.");

    /** The highest level that recognises a model; one recognised higher was recognised by the levels below first. */
    enum Recognition {
        NONE(null),
        COMMUNE(RecognitionLevel.GRASSROOTS),
        PROVINCIAL(RecognitionLevel.PROVINCIAL),
        CENTRAL(RecognitionLevel.CENTRAL);

        private final RecognitionLevel level;

        Recognition(RecognitionLevel level) {
            this.level = level;
        }

        RecognitionLevel level() {
            return level;
        }
    }

    /**
     * A generated model with the units of its commune, to be recorded before it, the recognition drawn for it, its
     * way through the workflow to that recognition (null where the workflow allows none), and the number of the
     * earlier model it replicates, whose id the model itself names. All are drawn from the model's own streams, so
     * storing them changes nothing else.
     */
    record GeneratedModel(
            Generated model,
            List<GeneratedUnit> communeUnits,
            Recognition recognition,
            GeneratedRecognition recognitionSteps,
            Long replicates) {}
}
