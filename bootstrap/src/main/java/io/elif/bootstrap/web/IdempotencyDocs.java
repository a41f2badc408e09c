package io.elif.bootstrap.web;

import io.elif.kernel.Idempotent;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/** An operation marked {@link Idempotent} documents the header {@link IdempotencyKeys} reads and its 422. */
final class IdempotencyDocs implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.hasMethodAnnotation(Idempotent.class)) {
            operation.addParametersItem(new Parameter().in("header").name(IdempotencyKeys.HEADER).required(false)
                    .description("A key the client makes for this submission (a UUID, say): sent again with the same "
                            + "request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a "
                            + "second document being created; kept 24 hours at least, per user")
                    .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[!-~]+$")));
            operation.getResponses().addApiResponse("422", new ApiResponse()
                    .description("the Idempotency-Key was sent before with another request (`idempotency-key-reused`)"));
        }
        return operation;
    }
}
