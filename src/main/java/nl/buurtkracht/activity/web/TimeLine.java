package nl.buurtkracht.activity.web;

import nl.buurtkracht.activity.OccurrenceView;

/**
 * One time of an activity in words, for a list: the day, the hours, where, and how things stand
 * ("nog 3 plaatsen", "vol — u staat 2e op de wachtlijst", "gaat niet door: ziekte").
 *
 * @param state the css class of the standing: open, full, off, mine
 */
record TimeLine(OccurrenceView time, String day, String hours, String where, String standing, String state) {}
