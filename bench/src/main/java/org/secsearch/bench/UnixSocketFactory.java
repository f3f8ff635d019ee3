package org.secsearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Lets the PostgreSQL JDBC driver talk over a unix socket with the JDK's own unix-domain channels, so the peer
 * cluster needs no TCP listener at all. The driver passes {@code socketFactoryArg} (the socket file's path) to the
 * constructor and uses the already connected socket as a stream.
 */
public final class UnixSocketFactory extends SocketFactory {
  private final Path socketFile;

  public UnixSocketFactory(String socketFile) {
    this.socketFile = Path.of(socketFile);
  }

  @Override
  public Socket createSocket() throws IOException {
    return new UnixSocket(SocketChannel.open(UnixDomainSocketAddress.of(socketFile)));
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return createSocket();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return createSocket();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return createSocket();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return createSocket();
  }

  /** A connected unix-domain channel dressed as a {@link Socket}; TCP options mean nothing here and are ignored. */
  private static final class UnixSocket extends Socket {
    private final SocketChannel channel;
    private final InputStream in;
    private final OutputStream out;
    private int timeout;

    UnixSocket(SocketChannel channel) {
      this.channel = channel;
      this.in = Channels.newInputStream(channel);
      this.out = Channels.newOutputStream(channel);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) {
      // connected on creation: the driver only calls this for sockets that are not
    }

    @Override
    public boolean isConnected() {
      return channel.isConnected();
    }

    @Override
    public boolean isClosed() {
      return !channel.isOpen();
    }

    @Override
    public InputStream getInputStream() {
      return in;
    }

    @Override
    public OutputStream getOutputStream() {
      return out;
    }

    @Override
    public void setTcpNoDelay(boolean on) {}

    @Override
    public void setKeepAlive(boolean on) {}

    @Override
    public void setSoTimeout(int timeout) {
      this.timeout = timeout; // kept for getSoTimeout; reads block (the benchmark sets no socket timeout)
    }

    @Override
    public int getSoTimeout() {
      return timeout;
    }

    @Override
    public int getSendBufferSize() {
      return 64 * 1024;
    }

    @Override
    public int getReceiveBufferSize() {
      return 64 * 1024;
    }

    @Override
    public void setSendBufferSize(int size) {}

    @Override
    public void setReceiveBufferSize(int size) {}

    @Override
    public void shutdownInput() throws IOException {
      channel.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
      channel.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
