package org.kissdetect.checkpoints.internal.torch;

import org.kissdetect.checkpoints.internal.pickle.PickleException;

/**
 * A storage as a persistent id names it: the key of its bytes in the file, its class, its length in elements, and
 * for the legacy format's storage views the window of the root storage it covers.
 *
 * @param key        the storage's key (the zip entry {@code data/KEY}, or the legacy format's key)
 * @param type       its class
 * @param numel      the root storage's length in elements
 * @param viewOffset where the view starts in the root storage, in elements (0 for a whole storage)
 * @param viewNumel  the view's length in elements ({@code numel} for a whole storage)
 */
record StorageRef(String key, StorageType type, long numel, long viewOffset, long viewNumel) {

    /** @return the root storage's size in bytes */
    long byteSize() throws PickleException {
        try {
            return Math.multiplyExact(numel, type.elementSize());
        } catch (ArithmeticException e) {
            throw new PickleException("declares storage " + key + " of " + numel + " elements, more than any file holds");
        }
    }

    @Override
    public String toString() {
        return "a " + type + " storage";
    }
}
