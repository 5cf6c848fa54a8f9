package org.civilrights.workflow.process;

import java.time.LocalDate;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.civilrights.workflow.calendar.CalendarDate;

/**
 * One process variable, declared once with its name and type, so that delegates, listeners and tests
 * read and write it the same way: {@code ComplaintVariables.DOCKET_NUMBER.get(execution)}.
 *
 * <p>Dates are kept as ISO strings ({@code 2026-03-02}), the shape Camunda Forms submit and timer
 * expressions read, and handed to Java as {@link LocalDate}.
 */
public final class Var<T> {

    private final String name;
    private final Class<T> type;

    private Var(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static Var<String> text(String name) {
        return new Var<>(name, String.class);
    }

    public static Var<Boolean> flag(String name) {
        return new Var<>(name, Boolean.class);
    }

    public static Var<Integer> number(String name) {
        return new Var<>(name, Integer.class);
    }

    public static Var<LocalDate> date(String name) {
        return new Var<>(name, LocalDate.class);
    }

    public String name() {
        return name;
    }

    /** The value, which must be there. */
    public T get(VariableScope scope) {
        T value = find(scope);
        if (value == null) {
            throw new IllegalStateException("'" + name + "' is required here but has no value");
        }
        return value;
    }

    /** The value, or {@code fallback} when it is not set. */
    public T getOrDefault(VariableScope scope, T fallback) {
        T value = find(scope);
        return value == null ? fallback : value;
    }

    public boolean isSet(VariableScope scope) {
        return find(scope) != null;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value instanceof LocalDate date ? date.toString() : value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    private T find(VariableScope scope) {
        Object raw = scope.getVariable(name);
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        if (type == LocalDate.class) {
            return type.cast(CalendarDate.of(raw, name));
        }
        if (type == Integer.class && raw instanceof Number n) {
            return type.cast(n.intValue());
        }
        if (type == Boolean.class && raw instanceof String s) {
            return type.cast(Boolean.parseBoolean(s));
        }
        if (!type.isInstance(raw)) {
            throw new IllegalStateException("'" + name + "' should be " + type.getSimpleName() + " but is "
                    + raw.getClass().getSimpleName());
        }
        return type.cast(raw);
    }

    @Override
    public String toString() {
        return name;
    }
}
