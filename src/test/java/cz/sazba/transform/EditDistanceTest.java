package cz.sazba.transform;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void distances() {
    assertEquals(0, EditDistance.between("abc", "abc"));
    assertEquals(3, EditDistance.between("kitten", "sitting"));
    assertEquals(2, EditDistance.between("1908", "1980"));
    assertEquals(1, EditDistance.between("dvořák", "dvorák"));
  }

  @Test
  void closestIsNearEnoughAndDeterministic() {
    assertEquals(Optional.of("dvorak2014"), EditDistance.closest("dvorak2015", List.of("outline1980", "dvorak2014")));
    assertEquals(Optional.empty(), EditDistance.closest("smith", List.of("outline1980", "dvorak2014")));
    assertEquals(Optional.of("ab1"), EditDistance.closest("ab", List.of("ab2", "ab1")));
  }
}
