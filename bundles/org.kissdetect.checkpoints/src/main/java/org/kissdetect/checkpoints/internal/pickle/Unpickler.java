package org.kissdetect.checkpoints.internal.pickle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A restricted unpickler: the opcodes of pickle protocols 0 to 5 that plain data needs, every name and call sent to
 * a {@link Vocabulary}. It builds Java values only (String, Long, BigInteger, Double, Boolean, null for None,
 * byte[], {@code List} for lists, {@link PyTuple}, {@link PyDict}) and what the vocabulary returns; nothing a pickle
 * says is ever looked up as a Java or Python class. Sizes are bounded: objects, memo entries and MARK nesting.
 */
public final class Unpickler {

    /** No state dict pickle makes more objects: ResNet-152's makes some 20,000. */
    static final int MOST_OBJECTS = 1_000_000;
    /** MARK opens a tuple, list or dict being built; state dicts nest a few levels. */
    static final int DEEPEST_MARKS = 1_000;

    private final PickleInput in;
    private final Vocabulary vocabulary;
    private final PickleStack stack = new PickleStack();

    private int objects;

    /**
     * @param in         the pickle's bytes
     * @param vocabulary what its globals and persistent ids stand for
     */
    public Unpickler(PickleInput in, Vocabulary vocabulary) {
        this.in = in;
        this.vocabulary = vocabulary;
    }

    /** Reads one pickle, up to and including its STOP opcode, and returns its value. */
    public Object load() throws PickleException {
        while (true) {
            int opcode = in.readByte("the pickle");
            if (opcode == '.') {
                return stack.result();
            }
            execute(opcode);
        }
    }

    private void execute(int opcode) throws PickleException {
        switch (opcode) {
            case 0x80 -> protocol(in.readByte("the PROTO opcode"));
            case 0x95 -> in.skip(8, "the FRAME opcode"); // protocol 4 framing: the frame's length, nothing to do
            case '(' -> mark();
            case '0' -> stack.pop();
            case '1' -> stack.popMark();
            case '2' -> stack.push(stack.peek());
            case 'N' -> made(null);
            case 0x88 -> made(Boolean.TRUE);
            case 0x89 -> made(Boolean.FALSE);
            case 'I' -> made(PickleText.intLine(in.line("the INT opcode")));
            case 'L' -> made(PickleText.longLine(in.line("the LONG opcode")));
            case 'F' -> made(PickleText.floatLine(in.line("the FLOAT opcode")));
            case 'J' -> made((long) (int) in.readLittleEndian(4, "a BININT"));
            case 'K' -> made(in.readLittleEndian(1, "a BININT1"));
            case 'M' -> made(in.readLittleEndian(2, "a BININT2"));
            case 0x8a -> made(PickleText.twosComplement(in.read(in.readByte("a LONG1"), "a LONG1")));
            case 0x8b -> made(PickleText.twosComplement(in.read(sized(in.readLittleEndian(4, "a LONG4"), 1024, "a LONG4"), "a LONG4")));
            case 'G' -> made(ByteBuffer.wrap(in.read(8, "a BINFLOAT")).getDouble());
            case 'X' -> made(utf8(in.read(in.readLittleEndian(4, "a BINUNICODE"), "a BINUNICODE")));
            case 0x8c -> made(utf8(in.read(in.readByte("a SHORT_BINUNICODE"), "a SHORT_BINUNICODE")));
            case 0x8d -> made(utf8(in.read(in.readLittleEndian(8, "a BINUNICODE8"), "a BINUNICODE8")));
            // Python 2's str: torch.load decodes it as UTF-8 too
            case 'T' -> made(utf8(in.read(in.readLittleEndian(4, "a BINSTRING"), "a BINSTRING")));
            case 'U' -> made(utf8(in.read(in.readByte("a SHORT_BINSTRING"), "a SHORT_BINSTRING")));
            case 'B' -> made(in.read(in.readLittleEndian(4, "a BINBYTES"), "a BINBYTES"));
            case 'C' -> made(in.read(in.readByte("a SHORT_BINBYTES"), "a SHORT_BINBYTES"));
            case 0x8e -> made(in.read(in.readLittleEndian(8, "a BINBYTES8"), "a BINBYTES8"));
            case ')' -> made(PyTuple.of(List.of()));
            case 0x85, 0x86, 0x87 -> made(PyTuple.of(stack.popTop(opcode - 0x84)));
            case 't' -> made(PyTuple.of(stack.popMark()));
            case ']' -> made(new ArrayList<>());
            case 'l' -> made(new ArrayList<>(stack.popMark()));
            case 'a' -> append(stack.pop());
            case 'e' -> appends();
            case '}' -> made(new PyDict());
            case 'd' -> made(dictOf(stack.popMark(), new PyDict()));
            case 's' -> setItems(stack.popTop(2));
            case 'u' -> setItems(stack.popMark());
            case 'g' -> stack.push(stack.memoGet(PickleText.memoIndex(in.line("the GET opcode"))));
            case 'h' -> stack.push(stack.memoGet(in.readLittleEndian(1, "a BINGET")));
            case 'j' -> stack.push(stack.memoGet(in.readLittleEndian(4, "a LONG_BINGET")));
            case 'p' -> stack.memoPut(PickleText.memoIndex(in.line("the PUT opcode")));
            case 'q' -> stack.memoPut(in.readLittleEndian(1, "a BINPUT"));
            case 'r' -> stack.memoPut(in.readLittleEndian(4, "a LONG_BINPUT"));
            case 0x94 -> stack.memoPut(stack.memoSize());
            case 'c' -> made(global(in.line("a GLOBAL's module"), in.line("a GLOBAL's name")));
            case 0x93 -> stackGlobal();
            case 'Q' -> made(vocabulary.persistent(stack.pop()));
            case 'R' -> reduce();
            case 0x81 -> reduce(); // NEWOBJ: cls.__new__(cls, *args), the same call for the types a state dict has
            case 'b' -> build();
            case 'i' -> instance(global(in.line("an INST's module"), in.line("an INST's name")), stack.popMark());
            case 'o' -> objectFromMark(stack.popMark());
            default -> throw new PickleException("uses " + PickleText.opcodeName(opcode)
                    + ", which a state dict never needs");
        }
    }

    private void protocol(int version) throws PickleException {
        if (version > 5) {
            throw new PickleException("is pickle protocol " + version + "; protocols 0 to 5 are read");
        }
    }

    private void mark() throws PickleException {
        if (stack.markDepth() >= DEEPEST_MARKS) {
            throw new PickleException("nests deeper than " + DEEPEST_MARKS + " levels");
        }
        stack.mark();
    }

    private void made(Object value) throws PickleException {
        if (++objects > MOST_OBJECTS) {
            throw new PickleException("makes more than " + MOST_OBJECTS + " objects; a state dict needs far fewer");
        }
        stack.push(value);
    }

    private static long sized(long length, long most, String what) throws PickleException {
        if (length < 0 || length > most) {
            throw new PickleException(what + " of " + length + " bytes (at most " + most + " are read)");
        }
        return length;
    }

    private Object global(String module, String name) throws PickleException {
        return vocabulary.global(module, name);
    }

    private void stackGlobal() throws PickleException {
        List<Object> names = stack.popTop(2);
        if (!(names.get(0) instanceof String module) || !(names.get(1) instanceof String name)) {
            throw new PickleException("names a STACK_GLOBAL with " + PickleValues.describe(names.get(0)) + " and "
                    + PickleValues.describe(names.get(1)) + " instead of two str");
        }
        made(global(module, name));
    }

    private void reduce() throws PickleException {
        List<Object> top = stack.popTop(2);
        if (!(top.get(1) instanceof PyTuple arguments)) {
            throw new PickleException("calls " + PickleValues.describe(top.get(0)) + " with "
                    + PickleValues.describe(top.get(1)) + " instead of a tuple of arguments");
        }
        made(vocabulary.call(top.get(0), arguments));
    }

    private void instance(Object callable, List<Object> arguments) throws PickleException {
        made(vocabulary.call(callable, PyTuple.of(arguments)));
    }

    private void objectFromMark(List<Object> items) throws PickleException {
        if (items.isEmpty()) {
            throw new PickleException("uses OBJ without a class");
        }
        instance(items.get(0), items.subList(1, items.size()));
    }

    private void build() throws PickleException {
        List<Object> top = stack.popTop(2);
        vocabulary.build(top.get(0), top.get(1));
        stack.push(top.get(0));
    }

    private void append(Object item) throws PickleException {
        targetList().add(item);
    }

    private void appends() throws PickleException {
        List<Object> items = stack.popMark();
        targetList().addAll(items);
    }

    @SuppressWarnings("unchecked")
    private List<Object> targetList() throws PickleException {
        Object target = stack.peek();
        if (!(target instanceof List<?>)) {
            throw new PickleException("appends to " + PickleValues.describe(target) + ", not a list");
        }
        return (List<Object>) target;
    }

    private void setItems(List<Object> keysAndValues) throws PickleException {
        Object target = stack.peek();
        if (!(target instanceof PyDict dict)) {
            throw new PickleException("sets items of " + PickleValues.describe(target) + ", not a dict");
        }
        dictOf(keysAndValues, dict);
    }

    private static PyDict dictOf(List<Object> keysAndValues, PyDict dict) throws PickleException {
        if (keysAndValues.size() % 2 != 0) {
            throw new PickleException("gives a dict a key without a value");
        }
        for (int i = 0; i < keysAndValues.size(); i += 2) {
            dict.put(keysAndValues.get(i), keysAndValues.get(i + 1));
        }
        return dict;
    }

    private static String utf8(byte[] bytes) throws PickleException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PickleException("holds a string that is not UTF-8");
        }
    }
}
