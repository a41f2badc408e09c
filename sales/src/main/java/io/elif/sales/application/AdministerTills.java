package io.elif.sales.application;

import io.elif.kernel.NotFoundException;
import io.elif.sales.domain.Till;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** A manager's tills: added, renamed, retired or brought back. */
@Service
@Transactional
public class AdministerTills {

    private final Tills tills;

    AdministerTills(Tills tills) {
        this.tills = tills;
    }

    /** @throws io.elif.sales.DuplicateTillCodeException when the code is taken */
    public Till create(String code, String name) {
        var till = new Till(UUID.randomUUID(), code, name, true);
        tills.add(till);
        return till;
    }

    /**
     * @throws NotFoundException for an unknown till
     * @throws io.elif.sales.DuplicateTillCodeException when the new code is taken
     */
    public Till change(UUID id, String code, String name, boolean active) {
        tills.till(id).orElseThrow(() -> new NotFoundException("till", id));
        var till = new Till(id, code, name, active);
        tills.change(till);
        return till;
    }
}
