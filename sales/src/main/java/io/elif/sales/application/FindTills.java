package io.elif.sales.application;

import io.elif.kernel.NotFoundException;
import io.elif.sales.domain.Till;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tills, sessions and Z reports as read. A clerk sees their own sessions only; a manager sees every one. */
@Service
@Transactional(readOnly = true)
public class FindTills {

    private final Tills tills;

    FindTills(Tills tills) {
        this.tills = tills;
    }

    public List<Till> tills() {
        return tills.all();
    }

    /** The user's open session with its ledger, if any. */
    public Optional<TillSessionView> current(String user) {
        return tills.current(user).map(session -> new TillSessionView(session, tills.ledger(session.id()),
                tills.movements(session.id())));
    }

    /** @throws NotFoundException for an unknown session, or another clerk's unless a manager asks */
    public TillSessionView session(UUID id, String user, boolean manager) {
        var session = RunTill.visible(tills.session(id), id, user, manager);
        return new TillSessionView(session, tills.ledger(id), tills.movements(id));
    }

    /** A clerk's search is narrowed to their own sessions (a filter naming another clerk finds nothing). */
    public TillSessionPage search(TillSessionSearch search, String user, boolean manager) {
        if (!manager) {
            if (search.clerk() != null && !search.clerk().isBlank() && !search.clerk().strip().equals(user)) {
                return new TillSessionPage(List.of(), search.page(), search.size(), 0);
            }
            search = new TillSessionSearch(search.tillId(), user, search.state(), search.from(), search.to(),
                    search.page(), search.size());
        }
        return tills.search(search);
    }

    /** @throws NotFoundException for an unknown session, or another clerk's unless a manager asks */
    public TillReport report(UUID id, String user, boolean manager) {
        RunTill.visible(tills.session(id), id, user, manager);
        return tills.report(id).orElseThrow(() -> new NotFoundException("till session", id));
    }
}
