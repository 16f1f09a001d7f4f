import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs Neo4j Community in-process with only the Bolt connector, for machines without a
 * Docker engine or a Neo4j install. Started by src/neo4j-local/, which writes the config
 * file (neo4j.conf of this folder plus the Bolt address); never used when NEO4J_URI is set.
 *
 * Usage: NEO4J_LOCAL_PASSWORD=PW java -cp CLASSPATH Launcher.java --home DIR --conf FILE
 * (the password comes from the environment, which only this user can read, rather than the
 * command line, which `ps` shows to everyone on the machine).
 *
 * Prints exactly one line "READY <version>" on stdout once Bolt accepts
 * connections. Stops cleanly (checkpoint, release store lock) on SIGTERM/SIGINT and when
 * its stdin closes, so a parent that dies without cleaning up does not leave it running;
 * this holds from the first moment, during start-up too (a parent stopped while Neo4j was
 * starting would otherwise leave a JVM that finishes starting, holding port and store).
 */
public class Launcher {
  private static final AtomicReference<DatabaseManagementService> DBMS = new AtomicReference<>();

  public static void main(String[] args) {
    try {
      start(args);
    } catch (Throwable e) {
      // Neo4j's own threads are not daemons: without an explicit exit a failure here would
      // leave a JVM that holds the port and the store but never prints READY.
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void start(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    Path home = Path.of(required(opts, "home")).toAbsolutePath();
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    if (password == null || password.isEmpty()) throw new IllegalArgumentException("NEO4J_LOCAL_PASSWORD is not set");

    // Before anything slow: a stop during start-up exits at once (Neo4j recovers its store
    // on the next start, as after any crash); once started, it shuts down cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      DatabaseManagementService running = DBMS.get();
      if (running != null) running.shutdown();
    }, "neo4j-shutdown"));
    exitWhenStdinCloses();

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .loadPropertiesFromFile(Path.of(required(opts, "conf")))
        .build();
    DBMS.set(dbms);

    // Embedded Neo4j has no neo4j-admin step to set the initial password; the system
    // database accepts the same command a DBA would type in cypher-shell.
    GraphDatabaseService system = dbms.database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      // A restart on an existing store: the password was set by an earlier start.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    }

    String version = dbms.database("neo4j")
        .executeTransactionally(
            "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
            Map.of(),
            result -> String.valueOf(result.next().get("v")));
    System.out.println("READY " + version);
    System.out.flush();
  }

  private static void exitWhenStdinCloses() {
    Thread watcher = new Thread(() -> {
      try {
        InputStream in = System.in;
        while (in.read() != -1) {
          // Ignore input; only end-of-stream matters.
        }
      } catch (Exception ignored) {
        // A broken pipe means the parent is gone as well.
      }
      System.exit(0);
    }, "stdin-watcher");
    watcher.setDaemon(false);
    watcher.start();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
      opts.put(args[i].substring(2), args[i + 1]);
    }
    return opts;
  }

  private static String required(Map<String, String> opts, String name) {
    String value = opts.get(name);
    if (value == null) throw new IllegalArgumentException("missing --" + name);
    return value;
  }
}
