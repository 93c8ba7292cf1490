package org.kring.follows.control;

import org.kring.follows.entity.Follow;

/**
 * What can be followed, answered by the feature that owns each kind (ideas, threads; topics here, as they stand
 * below follows): follows never imports the features above it, and a target that does not exist, or that the
 * member may not see, cannot be followed.
 */
public interface Followable {

    Follow.Target kind();

    /** Throws NotFound unless the target with this id exists and may be seen. */
    void requireFollowable(long id);
}
