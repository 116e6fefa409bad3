package nl.buurtkracht.activity;

/** An activity was organised, changed or called off. */
public record ActivityChanged(long activityId) {}
