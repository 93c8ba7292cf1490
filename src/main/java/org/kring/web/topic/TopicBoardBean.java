package org.kring.web.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.CurrentMember;
import org.kring.platform.faces.Pages;
import org.kring.platform.text.Bilingual;
import org.kring.threads.control.Threads;
import org.kring.topics.control.Challenges;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;
import org.kring.votes.control.Votes;
import org.kring.web.IdeaCard;

/**
 * A topic's board (or one challenge's): its ideas as cards in the chosen order, filtered by challenge,
 * status and tag, a page at a time through the keyset cursor (deep pages cost what the first costs),
 * and the topic's own discussions.
 */
@Named
@ViewScoped
public class TopicBoardBean implements Serializable {

    static final int PAGE = 20;
    static final int THREADS = 10;
    public static final List<String> SORTS = List.of("trending", "top", "newest", "discussed");
    public static final List<String> STATUSES = Arrays.stream(Idea.Status.values()).map(Enum::name).toList();

    /** A challenge of the topic, to filter on; its cover text and published outcome (null before) head its board. */
    public record ChallengeChoice(String slug, String titleNl, String titleEn, String coverText, String outcomeNl,
                                  String outcomeEn) implements Serializable {
        public String title(Locale locale) {
            return Bilingual.pick(locale, titleNl, titleEn);
        }

        public String outcome(Locale locale) {
            return Bilingual.pick(locale, outcomeNl, outcomeEn);
        }
    }

    /** A standalone discussion of the topic. */
    public record ThreadRow(long id, String title, String author, int posts, Instant lastPostAt, String language)
            implements Serializable {
    }

    @Inject
    Topics topics;
    @Inject
    Ideas ideas;
    @Inject
    Votes votes;
    @Inject
    Threads threads;
    @Inject
    Challenges challenges;
    @Inject
    CurrentMember current;

    private String slug;
    private String sort;
    private String status;
    private String tag;
    private String challenge;
    private List<ChallengeChoice> challengeChoices = List.of();
    private String nameNl;
    private String nameEn;
    private String descriptionNl;
    private String descriptionEn;
    private final List<IdeaCard> cards = new ArrayList<>();
    private String nextCursor;
    private List<ThreadRow> discussions = List.of();

    public void load() {
        Optional<Topic> topic = slug == null ? Optional.empty() : topics.bySlug(slug);
        if (topic.isEmpty()) {
            Pages.notFound();
            return;
        }
        if (sort == null || !SORTS.contains(sort)) {
            sort = "trending";
        }
        Topic t = topic.get();
        challengeChoices = challenges.list(slug).stream()
                .map(c -> new ChallengeChoice(c.getSlug(), c.getTitleNl(), c.getTitleEn(), c.getCoverText(),
                        c.getOutcomeAt() == null ? null : c.getOutcomeNl(), c.getOutcomeAt() == null ? null : c.getOutcomeEn())).toList();
        status = STATUSES.contains(status) ? status : null;
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        challenge = challengeChoices.stream().anyMatch(c -> c.slug().equals(challenge)) ? challenge : null;
        nameNl = t.getNameNl();
        nameEn = t.getNameEn();
        descriptionNl = t.getDescriptionNl();
        descriptionEn = t.getDescriptionEn();
        cards.clear();
        nextCursor = null;
        next(null);
        discussions = threads.standalone(t.getId(), 1, THREADS).stream()
                .map(d -> new ThreadRow(d.getId(), d.getTitle(), d.getAuthor().getDisplayName(), d.getPostCount(),
                        d.getLastPostAt(), d.getLanguage())).toList();
    }

    public void loadMore() {
        if (nextCursor != null) {
            next(nextCursor);
        }
    }

    private void next(String cursor) {
        IdeaSort order = IdeaSort.parse(sort).orElse(IdeaSort.TRENDING);
        Ideas.Page page = ideas.list(new IdeaFilter(slug, challenge, tag, status, null), order, cursor, PAGE);
        Set<Long> voted = current.id().map(me -> votes.votedAmong(page.ideas().stream().map(Idea::getId).toList(), me))
                .orElse(Set.of());
        cards.addAll(IdeaCard.of(page.ideas(), voted));
        nextCursor = page.nextCursor();
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameNl, nameEn);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionNl, descriptionEn);
    }

    public List<String> getSorts() {
        return SORTS;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public List<ChallengeChoice> getChallenges() {
        return challengeChoices;
    }

    /** The challenge filtered on, or null. */
    public ChallengeChoice getCurrentChallenge() {
        return challengeChoices.stream().filter(c -> c.slug().equals(challenge)).findFirst().orElse(null);
    }

    public boolean isFiltered() {
        return status != null || tag != null || challenge != null;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    public List<IdeaCard> getCards() {
        return cards;
    }

    public boolean isMore() {
        return nextCursor != null;
    }

    public List<ThreadRow> getDiscussions() {
        return discussions;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
