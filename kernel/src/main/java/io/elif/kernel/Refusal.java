package io.elif.kernel;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request a module will not carry out, and why: what the API answers as a problem. A module declares
 * its refusals as subclasses (one per problem type) and throws them; it writes no handler of its own, and a
 * refused call has written nothing (or only what its Javadoc says it keeps, such as an audit entry).
 * <ul>
 * <li>{@link #kind()} decides the HTTP status;</li>
 * <li>{@link #type()} is the stable problem type (the last segment of its URI), which apps translate;</li>
 * <li>{@link #title()} and the message are for humans; {@link #parameters()} are the figures an app needs to
 * say it in the user's language (the product, the quantities, the value taken), in a stable order;</li>
 * <li>{@link #field()} names the request field at fault, when one is: the problem then lists it as bad input
 * does;</li>
 * <li>{@link #retryAfter()} says when trying again makes sense.</li>
 * </ul>
 */
public abstract class Refusal extends RuntimeException {

    /** What kind of refusal it is, which decides its status. */
    public enum Kind {
        /** Bad input: 400. */
        INVALID,
        /** No valid credentials: 401. */
        UNAUTHENTICATED,
        /** Unknown, or another tenant's: 404. */
        NOT_FOUND,
        /** The current state does not allow it (stock, a transition, a duplicate): 409. */
        CONFLICT,
        /** Well-formed, but contradicts what was sent before under the same reference: 422. */
        UNPROCESSABLE,
        /** Too many attempts: 429. */
        THROTTLED
    }

    private final Kind kind;
    private final String type;
    private final String title;
    private final Map<String, Object> parameters;
    private final String field;
    private final Duration retryAfter;

    protected Refusal(Kind kind, String type, String title, String detail) {
        this(kind, type, title, detail, Map.of(), null, null);
    }

    protected Refusal(Kind kind, String type, String title, String detail, Map<String, ?> parameters) {
        this(kind, type, title, detail, parameters, null, null);
    }

    protected Refusal(Kind kind, String type, String title, String detail, Map<String, ?> parameters, String field,
                      Duration retryAfter) {
        super(detail, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.type = Objects.requireNonNull(type);
        this.title = Objects.requireNonNull(title);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public final Kind kind() {
        return kind;
    }

    public final String type() {
        return type;
    }

    public final String title() {
        return title;
    }

    public final Map<String, Object> parameters() {
        return parameters;
    }

    public final Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public final Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
