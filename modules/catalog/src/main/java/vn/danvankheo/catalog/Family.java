package vn.danvankheo.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a model spread ("nhân rộng") across generations: the published models descended from the same original,
 * replicas of replicas included, as the public sees them. Members come earliest first by the year they started.
 *
 * @param truncated whether the family is larger than {@link #MAX_MODELS} or deeper than {@link #MAX_GENERATIONS} and
 *     only its earliest generations are given
 */
public record Family(List<Member> members, boolean truncated) {

    /** Enough for a page and a map of a few hundred points; no real family comes near it. */
    public static final int MAX_MODELS = 500;

    /** Generations below the root that are followed; a longer chain is cut there. */
    public static final int MAX_GENERATIONS = 30;

    public Family {
        members = List.copyOf(members);
    }

    /** Whether there is anything to draw: a family of one model is no spread. */
    public boolean hasSpread() {
        return members.size() > 1;
    }

    public Member root() {
        return members.stream().filter(Member::isRoot).findFirst().orElseThrow();
    }

    public int generations() {
        return members.stream().mapToInt(Member::generation).max().orElse(0) + 1;
    }

    /** For each year in which a member started, how far the family had spread by the end of that year. */
    public List<YearStep> years() {
        Set<Integer> years = new TreeSet<>();
        members.forEach(member -> years.add(member.yearStarted()));
        List<YearStep> steps = new ArrayList<>();
        for (int year : years) {
            Set<String> communes = new HashSet<>();
            Set<String> provinces = new HashSet<>();
            int models = 0;
            int started = 0;
            for (Member member : members) {
                if (member.yearStarted() <= year) {
                    models++;
                    communes.add(member.communeCode());
                    provinces.add(member.provinceCode());
                }
                if (member.yearStarted() == year) {
                    started++;
                }
            }
            steps.add(new YearStep(year, started, models, communes.size(), provinces.size()));
        }
        return steps;
    }

    /** The members that started in a year. */
    public List<Member> startedIn(int year) {
        return members.stream().filter(member -> member.yearStarted() == year).toList();
    }

    /**
     * One published model of the family.
     *
     * @param generation 0 for the original the family descends from, 1 for its replicas, and so on
     * @param learnedFromSlug the model it replicates, null for the root
     */
    public record Member(
            String slug,
            String name,
            String communeCode,
            String communeName,
            String provinceCode,
            String provinceName,
            int yearStarted,
            double latitude,
            double longitude,
            int generation,
            String learnedFromSlug,
            String learnedFromName) {

        public boolean isRoot() {
            return generation == 0;
        }
    }

    /**
     * The spread by the end of a year.
     *
     * @param started members that started that year
     * @param models members started that year or earlier; {@code communes} and {@code provinces} count their places
     */
    public record YearStep(int year, int started, int models, int communes, int provinces) {}
}
