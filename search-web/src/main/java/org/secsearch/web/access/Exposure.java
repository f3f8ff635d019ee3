package org.secsearch.web.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Whether an address given to {@code --bind} keeps the server on this machine (every address it names is loopback). */
public final class Exposure {
  private Exposure() {}

  public static boolean isLoopbackOnly(String bind) throws UnknownHostException {
    InetAddress[] all = InetAddress.getAllByName(bind);
    return all.length > 0 && Arrays.stream(all).allMatch(InetAddress::isLoopbackAddress);
  }
}
