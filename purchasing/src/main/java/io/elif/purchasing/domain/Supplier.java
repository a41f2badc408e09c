package io.elif.purchasing.domain;

import io.elif.kernel.InvalidInputException;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Someone the distributor buys from: how to reach them, their tax number, the days they give us to pay and the
 * currency they invoice in (the tenant's unless said otherwise). An inactive supplier keeps its history but is
 * ordered from no more.
 */
public record Supplier(UUID id, String code, String name, String contact, String phone, String email, String address,
                       String taxNumber, int paymentTermsDays, String currency, boolean active) {

    public static final String CODE_FORMAT = "[A-Za-z0-9-]{1,20}";
    public static final int NAME_MAX = 120;
    public static final int CONTACT_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int ADDRESS_MAX = 500;
    public static final int TAX_NUMBER_MAX = 50;
    public static final int TERMS_MAX = 365;
    public static final int DEFAULT_TERMS = 30;

    private static final Pattern CODE = Pattern.compile(CODE_FORMAT);
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Supplier {
        Objects.requireNonNull(id, "id");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be 1 to 20 letters, digits or '-'");
        }
        code = code.toUpperCase(java.util.Locale.ROOT);
        name = Texts.oneLine(Texts.required(name, "name", NAME_MAX), "name");
        contact = Texts.oneLine(Texts.optional(contact, "contact", CONTACT_MAX), "contact");
        phone = Texts.matching(Texts.optional(phone, "phone", 30), Texts.PHONE, "phone",
                "must be 3 to 30 digits, spaces, '+', '-', '(' or ')'");
        email = Texts.matching(Texts.optional(email, "email", EMAIL_MAX), Texts.EMAIL, "email", "must be an email address");
        address = Texts.optional(address, "address", ADDRESS_MAX);
        taxNumber = Texts.oneLine(Texts.optional(taxNumber, "taxNumber", TAX_NUMBER_MAX), "taxNumber");
        if (paymentTermsDays < 0 || paymentTermsDays > TERMS_MAX) {
            throw new InvalidInputException("paymentTermsDays", "must be 0 to " + TERMS_MAX + " days");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as MGA");
        }
    }

    /** A new active supplier; absent terms are 30 days, an absent currency the tenant's. */
    public static Supplier register(UUID id, SupplierDetails details, String tenantCurrency) {
        return new Supplier(id, details.code(), details.name(), details.contact(), details.phone(), details.email(),
                details.address(), details.taxNumber(),
                details.paymentTermsDays() == null ? DEFAULT_TERMS : details.paymentTermsDays(),
                details.currency() == null ? tenantCurrency : details.currency(), true);
    }

    /** The same supplier (code, active flag) with new details; absent terms and currency stay as they were. */
    public Supplier change(SupplierDetails details) {
        return new Supplier(id, code, details.name(), details.contact(), details.phone(), details.email(),
                details.address(), details.taxNumber(),
                details.paymentTermsDays() == null ? paymentTermsDays : details.paymentTermsDays(),
                details.currency() == null ? currency : details.currency(), active);
    }

    /** The supplier no longer ordered from, or empty when it already is not. */
    public Optional<Supplier> deactivate() {
        return active ? Optional.of(withActive(false)) : Optional.empty();
    }

    /** The supplier ordered from again, or empty when it already is. */
    public Optional<Supplier> activate() {
        return active ? Optional.empty() : Optional.of(withActive(true));
    }

    private Supplier withActive(boolean newActive) {
        return new Supplier(id, code, name, contact, phone, email, address, taxNumber, paymentTermsDays, currency, newActive);
    }

    /** What a buyer types about a supplier; the code is read only on registration. */
    public record SupplierDetails(String code, String name, String contact, String phone, String email, String address,
                                  String taxNumber, Integer paymentTermsDays, String currency) {
    }
}
