package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InOrderTest {

  private static final List<Integer> ITEMS = IntStream.range(0, 40).boxed().toList();

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void handsResultsOverInItemOrderWhateverTheirSpeed(int threads) {
    List<Integer> seen = new ArrayList<>();
    Set<Thread> workers = ConcurrentHashMap.newKeySet();

    InOrder.forEach(
        ITEMS,
        threads,
        item -> {
          workers.add(Thread.currentThread());
          sleep(item % 3 == 0 ? 6 : 0);
          return item * 10;
        },
        seen::add);

    assertThat(seen).containsExactlyElementsOf(ITEMS.stream().map(i -> i * 10).toList());
    if (threads == 1) {
      assertThat(workers).containsExactly(Thread.currentThread());
    } else {
      assertThat(workers).hasSizeBetween(1, threads).doesNotContain(Thread.currentThread());
    }
  }

  @Test
  void stopsHandingOverWhenTheSinkSaysStop() {
    List<Integer> seen = new ArrayList<>();

    InOrder.forEach(ITEMS, 3, item -> item, item -> seen.add(item) && item < 4);

    assertThat(seen).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void throwsTheWorksExceptionWhenItsItemsTurnComes() {
    List<Integer> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                InOrder.forEach(
                    ITEMS,
                    2,
                    item -> {
                      if (item == 5) {
                        throw new IllegalArgumentException("bad item 5");
                      }
                      return item;
                    },
                    seen::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad item 5");
    assertThat(seen).containsExactly(0, 1, 2, 3, 4);
  }

  private static void sleep(int millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
