package cz.sazba.manuscript;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer's JUnit fuzz tests. In the suite (regression mode) each runs every input of its committed
 * corpus, {@code src/test/resources/cz/sazba/manuscript/JazzerFuzzTestInputs/<method>/}: the seeds
 * and every finding made into a regression case. With {@code JAZZER_FUZZ=1} one of them fuzzes
 * for its {@code maxDuration} (see docs/robustness.md).
 */
class JazzerFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void reader(byte[] chapter) {
    FuzzTargets.reader(chapter);
  }

  @FuzzTest(maxDuration = "60s")
  void metadata(byte[] yaml) {
    FuzzTargets.metadata(yaml);
  }

  @FuzzTest(maxDuration = "60s")
  void pipeline(FuzzedDataProvider data) {
    FuzzTargets.pipeline(data);
  }
}
