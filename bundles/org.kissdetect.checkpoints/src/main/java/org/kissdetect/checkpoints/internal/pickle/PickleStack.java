package org.kissdetect.checkpoints.internal.pickle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The unpickler's stack, its MARK positions and its memo, failing with a phrase on any misuse. */
final class PickleStack {

    private final List<Object> items = new ArrayList<>();
    private final List<Integer> marks = new ArrayList<>();
    private final Map<Long, Object> memo = new HashMap<>();

    void push(Object value) {
        items.add(value);
    }

    Object pop() throws PickleException {
        return popTop(1).get(0);
    }

    Object peek() throws PickleException {
        if (items.size() <= floor()) {
            throw new PickleException("reads an empty stack: not a valid pickle");
        }
        return items.get(items.size() - 1);
    }

    /** Pops the top {@code count} items, oldest first, without reaching below the last MARK. */
    List<Object> popTop(int count) throws PickleException {
        if (items.size() - floor() < count) {
            throw new PickleException("reads an empty stack: not a valid pickle");
        }
        List<Object> top = items.subList(items.size() - count, items.size());
        List<Object> popped = new ArrayList<>(top);
        top.clear();
        return popped;
    }

    void mark() {
        marks.add(items.size());
    }

    int markDepth() {
        return marks.size();
    }

    /** Pops everything above the last MARK, oldest first, and the MARK. */
    List<Object> popMark() throws PickleException {
        if (marks.isEmpty()) {
            throw new PickleException("closes a MARK it never opened: not a valid pickle");
        }
        int from = marks.remove(marks.size() - 1);
        List<Object> top = items.subList(from, items.size());
        List<Object> popped = new ArrayList<>(top);
        top.clear();
        return popped;
    }

    /** The value of STOP: exactly one item, no MARK open. */
    Object result() throws PickleException {
        if (!marks.isEmpty() || items.size() != 1) {
            throw new PickleException("stops with " + items.size() + " values on its stack and " + marks.size()
                    + " open MARKs: not a valid pickle");
        }
        return items.get(0);
    }

    void memoPut(long index) throws PickleException {
        if (index < 0) {
            throw new PickleException("uses a negative memo index");
        }
        if (memo.size() >= Unpickler.MOST_OBJECTS && !memo.containsKey(index)) {
            throw new PickleException("memoizes more than " + Unpickler.MOST_OBJECTS + " values");
        }
        memo.put(index, peek());
    }

    long memoSize() {
        return memo.size();
    }

    Object memoGet(long index) throws PickleException {
        if (!memo.containsKey(index)) {
            throw new PickleException("refers to memo entry " + index + ", which it never stored: not a valid pickle");
        }
        return memo.get(index);
    }

    private int floor() {
        return marks.isEmpty() ? 0 : marks.get(marks.size() - 1);
    }
}
