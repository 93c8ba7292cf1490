package org.kring.moderation.entity;

/** What a flag or a queue item is about. */
public enum TargetType { IDEA, THREAD, POST, MEMBER }
