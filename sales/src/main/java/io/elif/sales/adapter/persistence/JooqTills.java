package io.elif.sales.adapter.persistence;

import io.elif.sales.DuplicateTillCodeException;
import io.elif.sales.TillSessionOpenException;
import io.elif.sales.adapter.persistence.jooq.tables.records.TillSessionRecord;
import io.elif.sales.application.TillReport;
import io.elif.sales.application.TillSessionPage;
import io.elif.sales.application.TillSessionSearch;
import io.elif.sales.application.Tills;
import io.elif.sales.domain.CashCount;
import io.elif.sales.domain.CashLedger;
import io.elif.sales.domain.PaymentMethod;
import io.elif.sales.domain.Sale;
import io.elif.sales.domain.SaleState;
import io.elif.sales.domain.Till;
import io.elif.sales.domain.TillMovement;
import io.elif.sales.domain.TillSession;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static io.elif.sales.adapter.persistence.jooq.Tables.CONTAINER_RETURN;
import static io.elif.sales.adapter.persistence.jooq.Tables.PAYMENT;
import static io.elif.sales.adapter.persistence.jooq.Tables.SALE;
import static io.elif.sales.adapter.persistence.jooq.Tables.TILL;
import static io.elif.sales.adapter.persistence.jooq.Tables.TILL_COUNT;
import static io.elif.sales.adapter.persistence.jooq.Tables.TILL_MOVEMENT;
import static io.elif.sales.adapter.persistence.jooq.Tables.TILL_SESSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

@Repository
class JooqTills implements Tills {

    private static final String OPEN = TillSession.State.OPEN.name();

    private final DSLContext dsl;

    JooqTills(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Till> all() {
        return dsl.selectFrom(TILL).orderBy(TILL.CODE)
                .fetch(row -> new Till(row.getId(), row.getCode(), row.getName(), row.getActive()));
    }

    @Override
    public Optional<Till> till(UUID id) {
        return dsl.selectFrom(TILL).where(TILL.ID.eq(id))
                .fetchOptional(row -> new Till(row.getId(), row.getCode(), row.getName(), row.getActive()));
    }

    @Override
    public void add(Till till) {
        try {
            dsl.insertInto(TILL).set(TILL.ID, till.id()).set(TILL.CODE, till.code()).set(TILL.NAME, till.name())
                    .set(TILL.ACTIVE, till.active()).execute();
        } catch (DuplicateKeyException e) {
            throw duplicate(e, till);
        }
    }

    @Override
    public void change(Till till) {
        try {
            dsl.update(TILL).set(TILL.CODE, till.code()).set(TILL.NAME, till.name()).set(TILL.ACTIVE, till.active())
                    .where(TILL.ID.eq(till.id())).execute();
        } catch (DuplicateKeyException e) {
            throw duplicate(e, till);
        }
    }

    private static RuntimeException duplicate(DuplicateKeyException e, Till till) {
        return String.valueOf(e.getMessage()).contains("till_code_key") ? new DuplicateTillCodeException(till.code()) : e;
    }

    @Override
    public void open(TillSession session, TillMovement floatMovement) {
        try {
            dsl.insertInto(TILL_SESSION)
                    .set(TILL_SESSION.ID, session.id())
                    .set(TILL_SESSION.TILL_ID, session.tillId())
                    .set(TILL_SESSION.CLERK, session.clerk())
                    .set(TILL_SESSION.STATE, session.state().name())
                    .set(TILL_SESSION.BUSINESS_DATE, session.businessDate())
                    .set(TILL_SESSION.OPENING_FLOAT, session.openingFloat())
                    .set(TILL_SESSION.OPENED_AT, time(session.opened()))
                    .execute();
        } catch (DuplicateKeyException e) {
            var message = String.valueOf(e.getMessage());
            if (message.contains("till_session_open_clerk")) {
                throw new TillSessionOpenException(TillSessionOpenException.Conflict.CLERK,
                        session.clerk() + " has a till session open already: close it first");
            }
            if (message.contains("till_session_open_till")) {
                throw new TillSessionOpenException(TillSessionOpenException.Conflict.TILL,
                        session.tillCode() + " has a session open already: its clerk closes it first");
            }
            throw e;
        }
        add(floatMovement);
    }

    @Override
    public Optional<TillSession> lock(UUID sessionId) {
        return dsl.select(TILL_SESSION.asterisk(), TILL.CODE).from(TILL_SESSION).join(TILL).on(TILL.ID.eq(TILL_SESSION.TILL_ID))
                .where(TILL_SESSION.ID.eq(sessionId)).forUpdate().of(TILL_SESSION)
                .fetchOptional(row -> session(row.into(TILL_SESSION), row.get(TILL.CODE)));
    }

    @Override
    public Optional<TillSession> openOf(String clerk) {
        return dsl.select(TILL_SESSION.asterisk(), TILL.CODE).from(TILL_SESSION).join(TILL).on(TILL.ID.eq(TILL_SESSION.TILL_ID))
                .where(TILL_SESSION.CLERK.eq(clerk), TILL_SESSION.STATE.eq(OPEN)).forShare().of(TILL_SESSION)
                .fetchOptional(row -> session(row.into(TILL_SESSION), row.get(TILL.CODE)))
                // the row read may have been closed while this waited for it: a locking read returns its newest version
                .filter(session -> session.state() == TillSession.State.OPEN);
    }

    @Override
    public Optional<TillSession> session(UUID sessionId) {
        return dsl.select(TILL_SESSION.asterisk(), TILL.CODE).from(TILL_SESSION).join(TILL).on(TILL.ID.eq(TILL_SESSION.TILL_ID))
                .where(TILL_SESSION.ID.eq(sessionId))
                .fetchOptional(row -> session(row.into(TILL_SESSION), row.get(TILL.CODE)));
    }

    @Override
    public Optional<TillSession> current(String clerk) {
        return dsl.select(TILL_SESSION.asterisk(), TILL.CODE).from(TILL_SESSION).join(TILL).on(TILL.ID.eq(TILL_SESSION.TILL_ID))
                .where(TILL_SESSION.CLERK.eq(clerk), TILL_SESSION.STATE.eq(OPEN))
                .fetchOptional(row -> session(row.into(TILL_SESSION), row.get(TILL.CODE)));
    }

    private TillSession session(TillSessionRecord row, String tillCode) {
        var state = TillSession.State.valueOf(row.getState());
        TillSession.Closing closing = null;
        if (state == TillSession.State.CLOSED) {
            var denominations = dsl.select(TILL_COUNT.VALUE, TILL_COUNT.COUNT).from(TILL_COUNT)
                    .where(TILL_COUNT.SESSION_ID.eq(row.getId())).orderBy(TILL_COUNT.VALUE.desc())
                    .fetch(count -> new CashCount.Denomination(count.value1(), count.value2()));
            closing = new TillSession.Closing(row.getExpected(), new CashCount(denominations, row.getCounted()),
                    row.getDifference(), new Sale.Stamp(row.getClosedBy(), row.getClosedAt().toInstant()));
        }
        return new TillSession(row.getId(), row.getTillId(), tillCode, row.getClerk(), state, row.getBusinessDate(),
                row.getOpeningFloat(), new Sale.Stamp(row.getClerk(), row.getOpenedAt().toInstant()), closing);
    }

    @Override
    public void add(TillMovement movement) {
        dsl.insertInto(TILL_MOVEMENT)
                .set(TILL_MOVEMENT.ID, movement.id())
                .set(TILL_MOVEMENT.SESSION_ID, movement.sessionId())
                .set(TILL_MOVEMENT.KIND, movement.kind().name())
                .set(TILL_MOVEMENT.AMOUNT, movement.amount())
                .set(TILL_MOVEMENT.PAYMENT_ID, movement.paymentId())
                .set(TILL_MOVEMENT.REFERENCE, movement.reference())
                .set(TILL_MOVEMENT.BY_USER, movement.made().by())
                .set(TILL_MOVEMENT.AT, time(movement.made()))
                .execute();
    }

    /** The ledger of the session in scope, summed by kind: one scalar subquery per kind, in the order of the kinds. */
    private static List<Field<BigDecimal>> ledgerOf(Field<UUID> sessionId) {
        return Arrays.stream(TillMovement.Kind.values())
                .map(kind -> field(select(coalesce(sum(TILL_MOVEMENT.AMOUNT), BigDecimal.ZERO.setScale(2)))
                        .from(TILL_MOVEMENT)
                        .where(TILL_MOVEMENT.SESSION_ID.eq(sessionId), TILL_MOVEMENT.KIND.eq(kind.name())))
                        .as("ledger_" + kind.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The ledger read from a row that selected {@link #ledgerOf} (outgoing kinds as positive figures). */
    private static CashLedger ledger(Record row, List<Field<BigDecimal>> fields) {
        return new CashLedger(row.get(fields.get(0)), row.get(fields.get(1)), row.get(fields.get(2)).negate(),
                row.get(fields.get(3)), row.get(fields.get(4)).negate());
    }

    /** What the ledger of the session in scope adds up to. */
    private static Field<BigDecimal> expectedOf(Field<UUID> sessionId) {
        return field(select(coalesce(sum(TILL_MOVEMENT.AMOUNT), BigDecimal.ZERO.setScale(2))).from(TILL_MOVEMENT)
                .where(TILL_MOVEMENT.SESSION_ID.eq(sessionId)));
    }

    @Override
    public CashLedger ledger(UUID sessionId) {
        var fields = ledgerOf(DSL.val(sessionId));
        return ledger(dsl.select(fields).fetchSingle(), fields);
    }

    @Override
    public List<TillMovement> movements(UUID sessionId) {
        return dsl.selectFrom(TILL_MOVEMENT).where(TILL_MOVEMENT.SESSION_ID.eq(sessionId)).orderBy(TILL_MOVEMENT.SEQ)
                .fetch(row -> new TillMovement(row.getId(), row.getSessionId(), TillMovement.Kind.valueOf(row.getKind()),
                        row.getAmount(), row.getPaymentId(), row.getReference(),
                        new Sale.Stamp(row.getByUser(), row.getAt().toInstant())));
    }

    @Override
    public void closed(TillSession session) {
        var closing = session.closing();
        dsl.update(TILL_SESSION)
                .set(TILL_SESSION.STATE, session.state().name())
                .set(TILL_SESSION.EXPECTED, closing.expected())
                .set(TILL_SESSION.COUNTED, closing.counted())
                .set(TILL_SESSION.DIFFERENCE, closing.difference())
                .set(TILL_SESSION.CLOSED_BY, closing.closed().by())
                .set(TILL_SESSION.CLOSED_AT, time(closing.closed()))
                .where(TILL_SESSION.ID.eq(session.id()))
                .execute();
        var denominations = closing.count().denominations();
        if (!denominations.isEmpty()) {
            var insert = dsl.insertInto(TILL_COUNT, TILL_COUNT.SESSION_ID, TILL_COUNT.VALUE, TILL_COUNT.COUNT);
            for (var denomination : denominations) {
                insert = insert.values(session.id(), denomination.value(), denomination.count());
            }
            insert.execute();
        }
    }

    @Override
    public TillSessionPage search(TillSessionSearch search) {
        var filter = matching(search);
        var total = DSL.count().over().as("total");
        var expected = expectedOf(TILL_SESSION.ID).as("expected_now");
        var rows = dsl.select(TILL_SESSION.asterisk(), TILL.CODE, TILL.NAME, expected, total)
                .from(TILL_SESSION).join(TILL).on(TILL.ID.eq(TILL_SESSION.TILL_ID))
                .where(filter)
                .orderBy(TILL_SESSION.OPENED_AT.desc(), TILL_SESSION.ID.desc())
                .limit(search.size())
                .offset((long) search.page() * search.size())
                .fetch();
        long totalItems = rows.isEmpty()
                ? dsl.fetchCount(dsl.selectOne().from(TILL_SESSION).join(TILL).on(TILL.ID.eq(TILL_SESSION.TILL_ID)).where(filter))
                : rows.getFirst().get(total);
        return new TillSessionPage(rows.map(row -> {
            var session = row.into(TILL_SESSION);
            var open = OPEN.equals(session.getState());
            return new TillSessionPage.Item(session.getId(), session.getTillId(), row.get(TILL.CODE), row.get(TILL.NAME),
                    session.getClerk(), TillSession.State.valueOf(session.getState()), session.getBusinessDate(),
                    session.getOpeningFloat(), session.getOpenedAt().toInstant(),
                    open ? row.get(expected) : session.getExpected(), session.getCounted(),
                    session.getDifference(), session.getClosedBy(),
                    session.getClosedAt() == null ? null : session.getClosedAt().toInstant());
        }), search.page(), search.size(), totalItems);
    }

    private static Condition matching(TillSessionSearch search) {
        var condition = noCondition();
        if (search.tillId() != null) {
            condition = condition.and(TILL_SESSION.TILL_ID.eq(search.tillId()));
        }
        if (search.clerk() != null && !search.clerk().isBlank()) {
            condition = condition.and(TILL_SESSION.CLERK.eq(search.clerk().strip()));
        }
        if (search.state() != null) {
            condition = condition.and(TILL_SESSION.STATE.eq(search.state().name()));
        }
        if (search.from() != null) {
            condition = condition.and(TILL_SESSION.BUSINESS_DATE.ge(search.from()));
        }
        if (search.to() != null) {
            condition = condition.and(TILL_SESSION.BUSINESS_DATE.le(search.to()));
        }
        return condition;
    }

    /** Whether a document stamped at this instant by this user falls within the session in scope. */
    private static Condition during(Field<String> by, Field<OffsetDateTime> at) {
        return by.eq(TILL_SESSION.CLERK).and(at.ge(TILL_SESSION.OPENED_AT))
                .and(TILL_SESSION.CLOSED_AT.isNull().or(at.le(TILL_SESSION.CLOSED_AT)));
    }

    @Override
    public Optional<TillReport> report(UUID sessionId) {
        var zero = BigDecimal.ZERO.setScale(2);
        var completed = SALE.STATE.eq(SaleState.COMPLETED.name()).and(during(SALE.COMPLETED_BY, SALE.COMPLETED_AT));
        var salesCount = field(select(count()).from(SALE).where(completed)).as("sales_count");
        var salesTotal = field(select(coalesce(sum(SALE.TOTAL), zero)).from(SALE).where(completed)).as("sales_total");
        var salesTax = field(select(coalesce(sum(SALE.TAX), zero)).from(SALE).where(completed)).as("sales_tax");
        var depositsTaken = field(select(coalesce(sum(SALE.DEPOSIT_TOTAL), zero)).from(SALE).where(completed))
                .as("deposits_taken");
        var methods = multiset(select(PAYMENT.METHOD, count(), sum(PAYMENT.AMOUNT)).from(PAYMENT)
                .where(during(PAYMENT.TAKEN_BY, PAYMENT.TAKEN_AT))
                .groupBy(PAYMENT.METHOD).orderBy(PAYMENT.METHOD))
                .convertFrom(result -> result.map(row -> new TillReport.MethodTotal(PaymentMethod.valueOf(row.value1()),
                        row.value2(), row.value3())))
                .as("methods");
        // the returns of empties whose refund this session paid out
        var depositsReturned = field(select(coalesce(sum(CONTAINER_RETURN.REFUND_TOTAL), zero)).from(CONTAINER_RETURN)
                .where(CONTAINER_RETURN.NUMBER.in(select(TILL_MOVEMENT.REFERENCE).from(TILL_MOVEMENT)
                        .where(TILL_MOVEMENT.SESSION_ID.eq(TILL_SESSION.ID),
                                TILL_MOVEMENT.KIND.eq(TillMovement.Kind.REFUND.name())))))
                .as("deposits_returned");
        var ledger = ledgerOf(TILL_SESSION.ID);
        var fields = new ArrayList<SelectFieldOrAsterisk>(List.of(TILL_SESSION.asterisk(), TILL.CODE,
                salesCount, salesTotal, salesTax, depositsTaken, methods, depositsReturned));
        fields.addAll(ledger);
        return dsl.select(fields)
                .from(TILL_SESSION).join(TILL).on(TILL.ID.eq(TILL_SESSION.TILL_ID))
                .where(TILL_SESSION.ID.eq(sessionId))
                .fetchOptional(row -> new TillReport(session(row.into(TILL_SESSION), row.get(TILL.CODE)),
                        new TillReport.Sales(row.get(salesCount), row.get(salesTotal), row.get(salesTax),
                                row.get(salesTotal).subtract(row.get(salesTax))),
                        row.get(methods), row.get(depositsTaken), row.get(depositsReturned), ledger(row, ledger)));
    }

    private static OffsetDateTime time(Sale.Stamp stamp) {
        return stamp.at().atOffset(ZoneOffset.UTC);
    }
}
