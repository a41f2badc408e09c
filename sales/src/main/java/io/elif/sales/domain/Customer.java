package io.elif.sales.domain;

import io.elif.catalog.PriceLevel;
import io.elif.kernel.InvalidInputException;
import io.elif.sales.NewCustomer;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Someone the distributor sells to, with the terms a sale reads: the price level sold at, the days given to pay and
 * the credit limit (0: pays at once). The walk-in customer stands for anonymous counter sales: one per tenant,
 * always active, paying at once, never on credit. Only a manager sets commercial terms; a clerk's quick creation
 * gets the defaults.
 */
public record Customer(UUID id, CustomerCode code, String name, String phone, String email, String address,
                       PriceLevel priceLevel, int paymentTermsDays, BigDecimal creditLimit, boolean active,
                       boolean walkIn) {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int ADDRESS_MAX = 500;
    public static final int TERMS_MAX = 365;
    public static final int DEFAULT_TERMS = 30;
    public static final PriceLevel DEFAULT_LEVEL = PriceLevel.LEVEL_1;
    /** Digits, spaces, '+', '-', '(' and ')': {@code +261 34 12 345 67}. */
    public static final String PHONE_FORMAT = "[0-9+() -]{3,30}";
    /** Something, an at sign, a domain with a dot: plausible, not proven (no mail is sent). */
    public static final String EMAIL_FORMAT = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** numeric(15,2), as prices. */
    public static final int MONEY_INTEGER_DIGITS = 13;
    public static final int MONEY_FRACTION_DIGITS = 2;

    private static final Pattern PHONE = Pattern.compile(PHONE_FORMAT);
    private static final Pattern EMAIL = Pattern.compile(EMAIL_FORMAT);

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        name = singleLine(required(name, "name", NAME_MAX), "name");
        phone = optional(phone, "phone", 30);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("phone", "must be 3 to 30 digits, spaces, '+', '-', '(' or ')'");
        }
        email = optional(email, "email", EMAIL_MAX);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "must be an email address");
        }
        address = optional(address, "address", ADDRESS_MAX);
        if (priceLevel == null) {
            throw new InvalidInputException("priceLevel", "must not be null");
        }
        if (paymentTermsDays < 0 || paymentTermsDays > TERMS_MAX) {
            throw new InvalidInputException("paymentTermsDays", "must be 0 to " + TERMS_MAX + " days");
        }
        creditLimit = money(creditLimit, "creditLimit");
        if (walkIn) {
            if (!code.value().equals(CustomerCode.WALK_IN)) {
                throw new InvalidInputException("code", "the walk-in customer's code is " + CustomerCode.WALK_IN);
            }
            if (!active) {
                throw new InvalidInputException("active", "the walk-in customer cannot be deactivated");
            }
            if (paymentTermsDays != 0) {
                throw new InvalidInputException("paymentTermsDays", "the walk-in customer pays at once: 0 days");
            }
            if (creditLimit.signum() != 0) {
                throw new InvalidInputException("creditLimit", "the walk-in customer is given no credit");
            }
        }
    }

    /**
     * A new active customer. A clerk ({@code byManager} false) may send only the contact details: a price level,
     * payment terms or credit limit sent is refused naming the field; absent terms get the defaults.
     */
    public static Customer register(UUID id, CustomerCode code, NewCustomer customer, boolean byManager) {
        if (!byManager) {
            managerOnly(customer.priceLevel(), "priceLevel", "the price level");
            managerOnly(customer.paymentTermsDays(), "paymentTermsDays", "the payment terms");
            managerOnly(customer.creditLimit(), "creditLimit", "the credit limit");
        }
        return new Customer(id, code, customer.name(), customer.phone(), customer.email(), customer.address(),
                customer.priceLevel() == null ? DEFAULT_LEVEL : customer.priceLevel(),
                customer.paymentTermsDays() == null ? DEFAULT_TERMS : customer.paymentTermsDays(),
                customer.creditLimit() == null ? BigDecimal.ZERO : customer.creditLimit(), true, false);
    }

    /** The same customer (code, active flag, walk-in) with new details and terms. */
    public Customer change(CustomerChange change) {
        return new Customer(id, code, change.name(), change.phone(), change.email(), change.address(),
                change.priceLevel(), required(change.paymentTermsDays(), "paymentTermsDays"),
                change.creditLimit(), active, walkIn);
    }

    /** The customer no longer offered at the desk, or empty when it already is not. */
    public Optional<Customer> deactivate() {
        return active ? Optional.of(withActive(false)) : Optional.empty();
    }

    /** The customer back at the desk, or empty when it already is. */
    public Optional<Customer> activate() {
        return active ? Optional.empty() : Optional.of(withActive(true));
    }

    private Customer withActive(boolean newActive) {
        return new Customer(id, code, name, phone, email, address, priceLevel, paymentTermsDays, creditLimit, newActive,
                walkIn);
    }

    private static void managerOnly(Object value, String field, String what) {
        if (value != null) {
            throw new InvalidInputException(field, "only a manager sets " + what);
        }
    }

    private static int required(Integer value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        return value;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return optional(value, field, max);
    }

    /** Trimmed; blank when absent. */
    private static String optional(String value, String field, int max) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return stripped;
    }

    private static String singleLine(String value, String field) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
            throw new InvalidInputException(field, "must be one line");
        }
        return value;
    }

    private static BigDecimal money(BigDecimal value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > MONEY_FRACTION_DIGITS) {
            throw new InvalidInputException(field, "must have at most " + MONEY_FRACTION_DIGITS + " decimals");
        }
        var exact = value.setScale(MONEY_FRACTION_DIGITS);
        if (exact.precision() - exact.scale() > MONEY_INTEGER_DIGITS) {
            throw new InvalidInputException(field, "must have at most " + MONEY_INTEGER_DIGITS + " digits before the decimal point");
        }
        return exact;
    }
}
