import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.BindException;
import org.eclipse.jetty.server.AbstractNetworkConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;

/**
 * Starts Amazon DynamoDB Local like its own main class does, but listening on 127.0.0.1 only.
 *
 * <p>DynamoDB Local has no option for the listen address and binds every interface, which would
 * expose a credential-free database to the network. Its proxy server keeps the Jetty server in a
 * private field; this launcher reaches it before start and sets the connectors' host.
 *
 * <p>Takes DynamoDB Local's own command line arguments. Exits with {@value #EXIT_PORT_IN_USE} when
 * the port is taken, so the caller can retry on another one. With the system property
 * {@code dynamodb.local.exitOnStdinClose=true} it also exits when its standard input closes, which
 * happens when the parent process dies: a crashed test run then leaves no server behind.
 */
public final class LoopbackDynamoDbLocal {
  static final String HOST = "127.0.0.1";
  static final int EXIT_PORT_IN_USE = 98;
  static final int EXIT_FAILED = 1;

  private LoopbackDynamoDbLocal() {}

  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Server jetty = jettyOf(proxy);
    AbstractNetworkConnector restricted = null;
    for (Connector connector : jetty.getConnectors()) {
      if (connector instanceof AbstractNetworkConnector) {
        restricted = (AbstractNetworkConnector) connector;
        restricted.setHost(HOST);
      }
    }
    if (restricted == null) {
      // Refuse to run rather than silently listen on every interface.
      System.err.println("LoopbackDynamoDbLocal: found no network connector to restrict to " + HOST);
      System.exit(EXIT_FAILED);
    }

    // DynamoDBProxyServer.start() swallows bind errors and returns; safeStart() lets them through.
    try {
      proxy.safeStart();
    } catch (Exception e) {
      boolean portInUse = causedBy(e, BindException.class);
      System.err.println("LoopbackDynamoDbLocal: could not start: " + e);
      System.exit(portInUse ? EXIT_PORT_IN_USE : EXIT_FAILED);
    }

    // Stop through DynamoDB Local on SIGTERM so an on-disk database is closed cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(proxy)));
    if (Boolean.getBoolean("dynamodb.local.exitOnStdinClose")) {
      exitWhenClosed(System.in);
    }
    System.err.println("LoopbackDynamoDbLocal: listening on " + HOST + ":" + restricted.getLocalPort());
  }

  private static Server jettyOf(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    return (Server) field.get(proxy);
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return true;
      for (Throwable suppressed : t.getSuppressed()) {
        if (causedBy(suppressed, type)) return true;
      }
    }
    return false;
  }

  private static void stopQuietly(DynamoDBProxyServer proxy) {
    try {
      proxy.stop();
    } catch (Exception e) {
      System.err.println("LoopbackDynamoDbLocal: error while stopping: " + e);
    }
  }

  private static void exitWhenClosed(InputStream input) {
    Thread watcher =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              try {
                while (input.read(buffer) != -1) {
                  // Ignore whatever arrives; only the end of the stream matters.
                }
              } catch (IOException e) {
                // A broken pipe means the parent is gone as well.
              }
              System.exit(0);
            },
            "exit-on-stdin-close");
    watcher.setDaemon(true);
    watcher.start();
  }
}
