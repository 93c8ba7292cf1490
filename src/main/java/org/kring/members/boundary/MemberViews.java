package org.kring.members.boundary;

import java.time.Instant;
import org.kring.members.entity.Member;

/** How the API shows a member: publicly (name and role) or to the member themself (everything). */
public final class MemberViews {

    private MemberViews() {
    }

    /** A member as the API shows them to one caller. */
    public sealed interface MemberView permits PublicMember, OwnProfile {
    }

    /** What anyone may see of a member. */
    public record PublicMember(long id, String displayName, String role) implements MemberView {
        static PublicMember of(Member m) {
            return new PublicMember(m.getId(), m.getDisplayName(), m.getRole().name());
        }
    }

    /**
     * What a member sees of their own account: also the email and the profile attributes.
     * {@code moderator} tells a client whether to offer moderation tools.
     */
    public record OwnProfile(long id, String displayName, String role, String email, String ageBand,
                             String region, String customerType, boolean moderator, Instant createdAt)
            implements MemberView {
        static OwnProfile of(Member m, boolean moderator) {
            return new OwnProfile(m.getId(), m.getDisplayName(), m.getRole().name(), m.getEmail(), m.getAgeBand(),
                    m.getRegion(), m.getCustomerType(), moderator, m.getCreatedAt());
        }

        static OwnProfile of(Member m) {
            return of(m, m.getRole() == Member.Role.MODERATOR || m.getRole() == Member.Role.ADMIN);
        }
    }
}
