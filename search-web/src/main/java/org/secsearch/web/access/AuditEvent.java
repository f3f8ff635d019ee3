package org.secsearch.web.access;

import java.util.List;
import java.util.Map;

/**
 * One line of the audit log: when, who (user or token name, "-" without authentication), from where (the peer
 * address, and X-Forwarded-For as the client sent it, behind a proxy), which route and status, the query and
 * filters, how many hits (search and API: all matches; feed and CSV: rows sent) and the document opened.
 */
public record AuditEvent(String time, String user, String remote, String forwardedFor, String method, String route,
    int status, String q, Map<String, List<String>> filters, Long hits, String doc) {}
