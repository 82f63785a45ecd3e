package org.w3id.unrights.graph;

import java.util.function.Supplier;

/**
 * A value made at its first use and kept: for what a server or a graph may never need (shapes of a reopened
 * store, pages rendered for one address), so that making it does not delay the start.
 */
public final class Once<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private T value;

    private Once(Supplier<T> maker) {
        this.maker = maker;
    }

    public static <T> Once<T> of(Supplier<T> maker) {
        return new Once<>(maker);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = maker.get();
        }
        return value;
    }
}
