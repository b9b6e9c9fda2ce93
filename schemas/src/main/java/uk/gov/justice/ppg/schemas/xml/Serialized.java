package uk.gov.justice.ppg.schemas.xml;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Serialised bytes as written: the first {@code length} bytes of {@code array}, which may
 * be longer. A large document is handed on without the copy that trimming would make.
 *
 * @param array the buffer written into
 * @param length how much of it is the document
 */
public record Serialized(byte[] array, int length) {

    public Serialized {
        if (length < 0 || length > array.length) {
            throw new IllegalArgumentException("length " + length + " outside an array of " + array.length);
        }
    }

    public static Serialized of(byte[] bytes) {
        return new Serialized(bytes, bytes.length);
    }

    /** The bytes, copied if the array is longer than the document. */
    public byte[] bytes() {
        return (this.length == this.array.length) ? this.array : Arrays.copyOf(this.array, this.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Serialized that
                && Arrays.equals(this.array, 0, this.length, that.array, 0, that.length);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = 0; i < this.length; i++) {
            hash = 31 * hash + this.array[i];
        }
        return hash;
    }

    @Override
    public String toString() {
        return "Serialized[" + this.length + " bytes]";
    }

    /** A byte stream whose buffer becomes the result without being copied. */
    static final class Buffer extends ByteArrayOutputStream {

        Buffer(int size) {
            super(size);
        }

        Serialized serialized() {
            return new Serialized(this.buf, this.count);
        }

    }

}
