package org.kring.topics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kring.platform.problems.NotFound;
import org.kring.topics.control.Challenges;
import org.kring.topics.entity.Challenge;

@Path("challenges")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengesResource {

    /** A challenge as the API shows it, with whether it takes ideas right now. */
    public record ChallengeView(long id, String slug, String topic, String titleNl, String titleEn,
                                String descriptionNl, String descriptionEn, Instant opensAt, Instant closesAt,
                                boolean open) {
        static ChallengeView of(Challenge c) {
            return new ChallengeView(c.getId(), c.getSlug(), c.getTopic().getSlug(), c.getTitleNl(), c.getTitleEn(),
                    c.getDescriptionNl(), c.getDescriptionEn(), c.getOpensAt(), c.getClosesAt(), c.isOpenAt(Instant.now()));
        }
    }

    @Inject
    Challenges challenges;

    @GET
    @Operation(summary = "The company's challenges, newest first, optionally of one topic")
    public List<ChallengeView> list(@QueryParam("topic") String topic) {
        return challenges.list(topic).stream().map(ChallengeView::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One challenge")
    public ChallengeView one(@PathParam("slug") String slug) {
        return challenges.bySlug(slug).map(ChallengeView::of)
                .orElseThrow(() -> new NotFound("There is no challenge '" + slug + "'."));
    }
}
