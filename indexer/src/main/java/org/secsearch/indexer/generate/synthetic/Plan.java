package org.secsearch.indexer.generate.synthetic;

import java.time.LocalDate;

/**
 * Everything decided about one synthetic report before its prose is written: what it is about, where and when
 * it is set, who publishes it, in which format and at what length.
 *
 * @param index the report's number in the corpus (0-based); with the corpus seed it determines everything else
 * @param format file format, one of ReportWriter.FORMATS
 * @param date publication date
 * @param eventDate the day of the incident it reports, up to a week before publication
 * @param outlet the publishing outlet
 * @param author byline name
 * @param editor the editor named at the end of wire copy
 * @param scene country, division and city it is set in
 * @param cast the organizations it is about
 * @param targetChars planned length of the body text in characters
 */
record Plan(int index, String format, LocalDate date, LocalDate eventDate, Outlet outlet, String author,
    String editor, Atlas.Scene scene, Roster.Cast cast, int targetChars) {}
