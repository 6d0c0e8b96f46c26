package org.kissdetect.checkpoints.internal.pickle;

/**
 * What the names a pickle uses stand for. The {@link Unpickler} knows only plain data (numbers, strings, lists,
 * tuples, dicts); every global, call, attribute update and persistent id goes through here, and whatever is not
 * known is refused before anything is made of it.
 */
public interface Vocabulary {

    /**
     * @param module a global's module ({@code collections})
     * @param name   its name ({@code OrderedDict})
     * @return the value that stands for it, never {@code null}
     * @throws PickleException when the global is not one a state dict needs
     */
    Object global(String module, String name) throws PickleException;

    /**
     * What calling a global's value with arguments gives (REDUCE, NEWOBJ, INST, OBJ).
     *
     * @throws PickleException when the value may not be called, or not with these arguments
     */
    Object call(Object callable, PyTuple arguments) throws PickleException;

    /**
     * Applies a state to an object (BUILD: {@code __setstate__} or an update of {@code __dict__}).
     *
     * @throws PickleException when the object takes no state
     */
    void build(Object target, Object state) throws PickleException;

    /**
     * What a persistent id stands for (BINPERSID): torch's storages.
     *
     * @throws PickleException when the id is not one this vocabulary knows
     */
    Object persistent(Object id) throws PickleException;
}
