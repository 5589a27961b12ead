package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The /ID's hash: pieces hashed on any number of threads give one value, which every byte changes. */
class DocumentIdDigestTest {
  @Test
  void theSameOnOneThreadAndOnFourAndAsDefined() throws Exception {
    byte[] data = new byte[3 * DocumentId.PIECE + 12345];
    new Random(7).nextBytes(data);
    ExecutorService four = Executors.newFixedThreadPool(4);
    try {
      byte[] one = DocumentId.digest(data, Runnable::run);
      assertArrayEquals(one, DocumentId.digest(data, four));
      // As defined: SHA-256 over the pieces' SHA-256s and the length.
      MessageDigest all = MessageDigest.getInstance("SHA-256");
      for (int from = 0; from < data.length; from += DocumentId.PIECE) {
        all.update(MessageDigest.getInstance("SHA-256").digest(
            Arrays.copyOfRange(data, from, Math.min(data.length, from + DocumentId.PIECE))));
      }
      all.update(ByteBuffer.allocate(8).putLong(data.length).array());
      assertArrayEquals(all.digest(), one);
      // A byte changed in the first piece or the last changes it.
      for (int at : new int[] {0, data.length - 1}) {
        byte[] changed = data.clone();
        changed[at] ^= 1;
        assertFalse(Arrays.equals(one, DocumentId.digest(changed, four)), "byte " + at);
      }
      // So does a file one byte shorter, and an empty file has a hash too.
      assertFalse(Arrays.equals(one, DocumentId.digest(Arrays.copyOf(data, data.length - 1), four)));
      assertFalse(Arrays.equals(DocumentId.digest(new byte[0], four), DocumentId.digest(new byte[1], four)));
    } finally {
      four.shutdown();
    }
  }
}
