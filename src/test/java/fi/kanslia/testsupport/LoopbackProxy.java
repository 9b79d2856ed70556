package fi.kanslia.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on loopback, for fault tests: while it is cut, existing connections are dropped
 * and new ones refused, as when the engine's host goes away. No mock: the client sees real
 * connection failures.
 */
public final class LoopbackProxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;

  private LoopbackProxy(InetSocketAddress target, int port) {
    this.target = target;
    this.port = port;
  }

  /** Starts forwarding {@code 127.0.0.1:<free port>} to {@code host:port}. */
  public static LoopbackProxy to(String hostAndPort) {
    String[] parts = hostAndPort.split(":");
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      LoopbackProxy proxy = new LoopbackProxy(
          new InetSocketAddress(parts[0], Integer.parseInt(parts[1])), probe.getLocalPort());
      probe.close();
      proxy.restore();
      return proxy;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public String address() {
    return "127.0.0.1:" + port;
  }

  /** Drops every connection and refuses new ones. */
  public synchronized void cut() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException ignored) {
      // closing anyway
    }
    server = null;
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
    sockets.clear();
  }

  /** Accepts and forwards connections again, on the same port. */
  public synchronized void restore() {
    if (server != null) {
      return;
    }
    try {
      ServerSocket listening = new ServerSocket();
      listening.setReuseAddress(true);
      listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      server = listening;
      Thread.ofVirtual().name("proxy-accept").start(() -> accept(listening));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot listen on " + port, e);
    }
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket upstream = new Socket(target.getAddress(), target.getPort());
        sockets.add(client);
        sockets.add(upstream);
        Thread.ofVirtual().start(() -> pump(client, upstream));
        Thread.ofVirtual().start(() -> pump(upstream, client));
      } catch (IOException e) {
        return; // cut
      }
    }
  }

  private void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException ignored) {
      // connection ended
    } finally {
      try {
        from.close();
        to.close();
      } catch (IOException ignored) {
        // already closed
      }
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  @Override
  public void close() {
    cut();
  }
}
