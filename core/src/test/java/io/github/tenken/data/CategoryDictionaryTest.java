package io.github.tenken.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.testing.Scans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A dictionary shared by threads gives each value one code, never changes a code, and reads without locks. */
class CategoryDictionaryTest {

    @Test
    void threadsCodingTheSameValuesAgreeOnEveryCode() throws Exception {
        CategoryDictionary d = new CategoryDictionary();
        int threads = 4;
        List<Map<String, Integer>> seen = Scans.withPool(threads, pool -> {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    Map<String, Integer> codes = new ConcurrentHashMap<>();
                    for (int i = 0; i < 20_000; i++) {
                        String v = "v" + ((i * 7 + offset * 13) % 5000);
                        int c = d.codeOf(v);
                        codes.put(v, c);
                        if (!d.valueOf(c).equals(v) || d.valueHash(c) != ValueHash.of(v)) {
                            throw new AssertionError("code " + c + " read back wrongly for " + v);
                        }
                    }
                    return codes;
                }));
            }
            start.countDown();
            List<Map<String, Integer>> all = new ArrayList<>();
            for (Future<Map<String, Integer>> f : futures) {
                try {
                    all.add(f.get());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return all;
        });
        assertThat(d.size()).isEqualTo(5000);
        for (Map<String, Integer> codes : seen) {
            codes.forEach((v, c) -> assertThat(d.find(v)).as(v).isEqualTo(c));
        }
        List<String> snapshot = d.snapshot();
        long[] hashes = d.valueHashes();
        for (int c = 0; c < 5000; c++) {
            assertThat(d.codeOf(snapshot.get(c))).isEqualTo(c);
            assertThat(hashes[c]).isEqualTo(ValueHash.of(snapshot.get(c)));
        }
        assertThat(d.find("absent")).isEqualTo(-1);
    }
}
