-- Post counts are what members see: posts that moderation took out of view no longer count (issue 12).
-- Recounts the threads whose count included such posts, then the ideas whose thread count changed.
update discussion_thread set post_count = (select count(*) from post p
        where p.thread_id = discussion_thread.id and not p.deleted and p.moderation_state = 'PUBLISHED')
    where exists (select 1 from post p where p.thread_id = discussion_thread.id and not p.deleted
        and p.moderation_state <> 'PUBLISHED');

update idea set post_count = (select t.post_count from discussion_thread t where t.idea_id = idea.id)
    where exists (select 1 from discussion_thread t where t.idea_id = idea.id and t.post_count <> idea.post_count);
