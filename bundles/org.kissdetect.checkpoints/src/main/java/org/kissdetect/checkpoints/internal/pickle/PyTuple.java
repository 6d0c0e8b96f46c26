package org.kissdetect.checkpoints.internal.pickle;

import java.math.BigInteger;
import java.util.List;

/**
 * A Python tuple. Tuples are built whole from values that exist already, so they cannot contain themselves; they
 * compare by content only when hashable (every item a scalar or a hashable tuple), which bounds the recursion of
 * {@code equals} and {@code hashCode} by the nesting limit. Others compare by identity, as Python refuses to hash
 * them.
 */
public final class PyTuple {

    /** Deeper tuples are refused: no state dict nests them more than a few levels. */
    static final int DEEPEST = 100;

    private final List<Object> items;
    private final int depth;
    private final boolean hashable;

    private PyTuple(List<Object> items, int depth, boolean hashable) {
        this.items = items;
        this.depth = depth;
        this.hashable = hashable;
    }

    /** Makes a tuple of {@code items}, refusing one nested deeper than {@value #DEEPEST}. */
    static PyTuple of(List<Object> items) throws PickleException {
        int depth = 1;
        boolean hashable = true;
        for (Object item : items) {
            if (item instanceof PyTuple tuple) {
                depth = Math.max(depth, tuple.depth + 1);
            }
            hashable &= isHashable(item);
        }
        if (depth > DEEPEST) {
            throw new PickleException("nests tuples deeper than " + DEEPEST + " levels");
        }
        return new PyTuple(List.copyOf(nullSafe(items)), depth, hashable);
    }

    /** Whether Python could use {@code value} as a dict key. */
    static boolean isHashable(Object value) {
        return value == null || value instanceof String || value instanceof Long || value instanceof BigInteger
                || value instanceof Double || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof PyTuple tuple && tuple.hashable;
    }

    /** @return the items; {@code null} stands for None (as {@link #get} returns it) */
    public List<Object> items() {
        return items.stream().map(item -> item == NONE ? null : item).toList();
    }

    /** @return the number of items */
    public int size() {
        return items.size();
    }

    /** @return item {@code index}, {@code null} for None */
    public Object get(int index) {
        Object item = items.get(index);
        return item == NONE ? null : item;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || hashable && other instanceof PyTuple tuple && tuple.hashable
                && items.equals(tuple.items);
    }

    @Override
    public int hashCode() {
        return hashable ? items.hashCode() : System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "a tuple of " + items.size();
    }

    /** {@link List#copyOf} refuses nulls: None is kept as this marker inside. */
    private static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    private static List<Object> nullSafe(List<Object> items) {
        return items.stream().map(item -> item == null ? NONE : item).toList();
    }
}
