-- A member's standalone threads, newest first (moderation selects all content of a member, issue 12).
create index discussion_thread_author on discussion_thread (author_id, created_at desc, id desc);
