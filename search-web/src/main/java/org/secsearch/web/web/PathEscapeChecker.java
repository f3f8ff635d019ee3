package org.secsearch.web.web;

import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers 400, as Jetty does for other malformed URIs, to a path with a percent sign that starts no escape. Jetty
 * checks the escapes of the path itself but not of its {@code ;parameters}, and Javalin decodes the whole raw path
 * for a {@code {id}} route, so {@code /doc/x;%0} otherwise reached the app as an exception and a 500.
 */
final class PathEscapeChecker extends Handler.Wrapper {
  private static final Pattern LONE_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath(); // raw: still encoded, with any ;parameters
    if (path != null && LONE_PERCENT.matcher(path).find()) {
      Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
      return true;
    }
    return super.handle(request, response, callback);
  }
}
