package org.satchel.credentials.status.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusIndexAllocatorTest {

    @Test
    void everyIndexIsHandedOutOnceUntilTheListIsFull() {
        StatusIndexAllocator allocator = new StatusIndexAllocator(256);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 256; i++) {
            int index = allocator.allocate();
            assertTrue(index >= 0 && index < 256);
            assertTrue(seen.add(index), "index " + index + " handed out twice");
        }
        assertEquals(0, allocator.free());
        IllegalStateException full = assertThrows(IllegalStateException.class, allocator::allocate);
        assertTrue(full.getMessage().contains("start a new list"), full.getMessage());
    }

    @Test
    void indicesAreNotHandedOutInOrder() {
        StatusIndexAllocator allocator = new StatusIndexAllocator(StatusList.DEFAULT_SIZE);
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            first.add(allocator.allocate());
        }
        assertNotEquals(first.stream().sorted().toList(), first, "sequential indices would date each credential");
    }

    @Test
    void restoredAllocatorNeverRepeatsWhatWasHandedOut() {
        StatusIndexAllocator allocator = StatusIndexAllocator.restoring(8, List.of(0, 1, 2, 3, 4, 5, 6));
        assertEquals(1, allocator.free());
        assertEquals(7, allocator.allocate());
    }
}
