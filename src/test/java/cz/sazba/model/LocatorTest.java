package cz.sazba.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocatorTest {
  @Test
  void childrenAndOffsets() {
    Locator item = Locator.block("ch01", 7).child(1).child(0);
    assertEquals(new Locator("ch01", List.of(7, 1, 0), 0), item);
    assertEquals(new Locator("ch01", List.of(7, 1, 0), 12), item.at(12));
    assertTrue(item.sameBlock(item.at(12)));
    assertEquals("ch01/7.1.0@12", item.at(12).toString());
  }

  @Test
  void readingOrderWithinADivision() {
    List<Locator> sorted = new ArrayList<>(List.of(
        Locator.block("ch01", 3), Locator.block("ch01", 1).at(5), Locator.block("ch01", 1).child(0),
        Locator.block("ch01", 1)));
    sorted.sort(null);
    assertEquals(List.of(Locator.block("ch01", 1), Locator.block("ch01", 1).at(5), Locator.block("ch01", 1).child(0),
        Locator.block("ch01", 3)), sorted);
  }

  @Test
  void aPlaceIsNeverEmpty() {
    assertThrows(IllegalArgumentException.class, () -> new Locator("ch01", List.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> new Locator("ch01", List.of(0), -1));
  }
}
