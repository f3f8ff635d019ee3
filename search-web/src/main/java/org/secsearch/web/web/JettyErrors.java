package org.secsearch.web.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before the app sees the request (ambiguous or malformed URIs, a request line
 * or headers over the limits): the same security headers as the app's responses, and a body that names only the
 * status, never a cause or a stack.
 */
final class JettyErrors extends ErrorHandler {
  JettyErrors() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.of(request.getHttpURI().getPath() == null ? "/" : request.getHttpURI().getPath())
        .forEach((name, value) -> response.getHeaders().put(name, value));
    return super.handle(request, response, callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.of("/").forEach(fields::put);
    return super.badMessageError(status, null, fields);
  }

  @Override
  protected void writeErrorHtmlBody(Request request, Writer writer, int code, String message, Throwable cause)
      throws IOException {
    writer.write("<h1>HTTP " + code + "</h1>\n");
  }
}
