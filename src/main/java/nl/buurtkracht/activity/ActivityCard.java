package nl.buurtkracht.activity;

import java.time.ZonedDateTime;

/** An activity on a list of what an area has: its name, where, and when it is next. */
public record ActivityCard(long id, String title, String where, ZonedDateTime next) {}
