package org.kring.members.boundary;

import java.time.Instant;
import org.kring.members.entity.Member;

/** How the API shows a member: publicly (name and a team badge) or to the member themself (everything). */
public final class MemberViews {

    private MemberViews() {
    }

    /** A member as the API shows them to one caller. */
    public sealed interface MemberView permits PublicMember, OwnProfile {
    }

    /**
     * What anyone may see of a member. Not the role: it would tell a stranger whom to attack; {@code team} only
     * says that the member speaks for the company (any staff role), as the pages' badge does.
     */
    public record PublicMember(long id, String displayName, boolean team) implements MemberView {
        static PublicMember of(Member m) {
            return new PublicMember(m.getId(), m.getDisplayName(), m.getRole() != Member.Role.MEMBER);
        }
    }

    /**
     * What a member sees of their own account: also the email and the profile attributes.
     * {@code moderator} tells a client whether to offer moderation tools; {@code emailVerified} whether the member may
     * write yet (false until they followed the link mailed at sign-up).
     */
    public record OwnProfile(long id, String displayName, String role, String email, String ageBand,
                             String region, String customerType, boolean moderator, Instant createdAt,
                             boolean emailVerified)
            implements MemberView {
        static OwnProfile of(Member m, boolean moderator) {
            return new OwnProfile(m.getId(), m.getDisplayName(), m.getRole().name(), m.getEmail(), m.getAgeBand(),
                    m.getRegion(), m.getCustomerType(), moderator, m.getCreatedAt(), m.isEmailVerified());
        }

        static OwnProfile of(Member m) {
            return of(m, m.getRole() == Member.Role.MODERATOR || m.getRole() == Member.Role.ADMIN);
        }
    }
}
