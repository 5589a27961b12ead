package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unique heading ids: the first free of base, base-1, base-2, … whatever was taken before. */
class HeadingIdsTest {
  /** The rule as written, walking from the base every time. */
  private static final class Reference {
    final Set<String> used = new HashSet<>();

    boolean claim(String id) {
      return used.add(id);
    }

    String unique(String base) {
      String id = base;
      for (int n = 1; used.contains(id); n++) id = base + "-" + n;
      used.add(id);
      return id;
    }
  }

  @Test
  void explicitIdsBetweenRepeatedHeadingsAreSteppedOver() {
    HeadingIds ids = new HeadingIds();
    assertEquals("exercises", ids.automatic("Exercises"));
    ids.claim("exercises-2");
    assertEquals("exercises-1", ids.automatic("Exercises"));
    assertEquals("exercises-3", ids.automatic("Exercises"));
    ids.claim("exercises-4");
    ids.claim("exercises-5");
    assertEquals("exercises-6", ids.automatic("Exercises"));
  }

  /** Bases that are each other's suffixed forms ("a" and "a-1") and claims in between. */
  @Test
  void anyMixOfClaimsAndHeadingsGivesWhatWalkingFromTheBaseGives() {
    List<String> names = List.of("a", "a-1", "a-2", "a-1-1", "a-3", "b", "b-1", "a-10");
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      HeadingIds ids = new HeadingIds();
      Reference reference = new Reference();
      for (int step = 0; step < 60; step++) {
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(3) == 0) {
          assertEquals(reference.claim(name), ids.claim(name), "claim " + name + " in round " + round);
        } else {
          assertEquals(reference.unique(name), ids.unique(name), "unique " + name + " in round " + round);
        }
      }
    }
  }
}
