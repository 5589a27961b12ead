package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

class DirectLoggingTest {
  private static final String FACTORY = "org.apache.commons.logging.LogFactory";
  private static final String LOG = "org.apache.commons.logging.Log";

  private static Class<?> logClass() {
    LogFactory.releaseAll(); // forget the factory found before
    return LogFactory.getLog("cz.sazba.test").getClass();
  }

  @Test
  void namesJavaUtilLoggingAndLeavesAGivenChoiceAlone() {
    // In the shaded jar (no SLF4J, no Log4j API) commons-logging's own search ends at the same
    // Jdk14Logger (checked by hand, docs/performance.md); the test class path has SLF4J, so here
    // the search would find that instead.
    String factory = System.getProperty(FACTORY);
    String log = System.getProperty(LOG);
    try {
      System.clearProperty(FACTORY);
      System.clearProperty(LOG);
      Main.directLogging();
      assertEquals("org.apache.commons.logging.impl.LogFactoryImpl", System.getProperty(FACTORY));
      assertEquals("org.apache.commons.logging.impl.Jdk14Logger", logClass().getName());

      System.clearProperty(FACTORY);
      System.setProperty(LOG, "org.apache.commons.logging.impl.NoOpLog");
      Main.directLogging();
      assertEquals(null, System.getProperty(FACTORY), "a property given on the command line wins");
      assertEquals("org.apache.commons.logging.impl.NoOpLog", System.getProperty(LOG));
    } finally {
      restore(FACTORY, factory);
      restore(LOG, log);
      LogFactory.releaseAll();
    }
  }

  private static void restore(String key, String value) {
    if (value == null) System.clearProperty(key);
    else System.setProperty(key, value);
  }
}
