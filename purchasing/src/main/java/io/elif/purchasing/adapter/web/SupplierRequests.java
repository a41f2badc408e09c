package io.elif.purchasing.adapter.web;

import io.elif.catalog.UnitCost;
import io.elif.purchasing.domain.Supplier;
import io.elif.purchasing.domain.SupplierProduct;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** The supplier endpoints' request bodies; the domain checks the rest (trimmed lengths, one line). */
final class SupplierRequests {

    private static final String PHONE_MESSAGE = "must be 3 to 30 digits, spaces, '+', '-', '(' or ')'";

    private SupplierRequests() {
    }

    /** Terms absent: 30 days; currency absent: the tenant's. */
    record CreateSupplierRequest(
            @NotNull @Pattern(regexp = Supplier.CODE_FORMAT, message = "must be 1 to 20 letters, digits or '-'") String code,
            @NotBlank @Size(max = Supplier.NAME_MAX) String name,
            @Size(max = Supplier.CONTACT_MAX) String contact,
            @Size(max = 30) @Pattern(regexp = "|[0-9+() -]{3,30}", message = PHONE_MESSAGE) String phone,
            @Size(max = Supplier.EMAIL_MAX) String email,
            @Size(max = Supplier.ADDRESS_MAX) String address,
            @Size(max = Supplier.TAX_NUMBER_MAX) String taxNumber,
            @Min(0) @Max(Supplier.TERMS_MAX) Integer paymentTermsDays,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as MGA") String currency) {

        Supplier.SupplierDetails details() {
            return new Supplier.SupplierDetails(code, name, contact, phone, email, address, taxNumber, paymentTermsDays,
                    currency);
        }
    }

    /** Everything but the code, which never changes. */
    record ChangeSupplierRequest(
            @NotBlank @Size(max = Supplier.NAME_MAX) String name,
            @Size(max = Supplier.CONTACT_MAX) String contact,
            @Size(max = 30) @Pattern(regexp = "|[0-9+() -]{3,30}", message = PHONE_MESSAGE) String phone,
            @Size(max = Supplier.EMAIL_MAX) String email,
            @Size(max = Supplier.ADDRESS_MAX) String address,
            @Size(max = Supplier.TAX_NUMBER_MAX) String taxNumber,
            @NotNull @Min(0) @Max(Supplier.TERMS_MAX) Integer paymentTermsDays,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as MGA") String currency) {

        Supplier.SupplierDetails details() {
            return new Supplier.SupplierDetails(null, name, contact, phone, email, address, taxNumber, paymentTermsDays,
                    currency);
        }
    }

    /**
     * A product's pack (packId absent: the base unit) the supplier sells. Quantities count the supplier's packs;
     * the agreed cost is per pack, excluding tax. Minimum and multiple default to 1, lead time to 0 days.
     */
    record SupplierProductRequest(
            @NotNull UUID productId,
            UUID packId,
            @Size(max = SupplierProduct.REFERENCE_MAX) String reference,
            @UnitCost BigDecimal agreedUnitCost,
            @Min(1) @Max(SupplierProduct.MAX_PACKS) Integer minimumOrderQuantity,
            @Min(1) @Max(SupplierProduct.MAX_PACKS) Integer orderMultiple,
            @Min(0) @Max(SupplierProduct.LEAD_TIME_MAX) Integer leadTimeDays,
            Boolean preferred) {

        SupplierProduct.Terms terms() {
            return SupplierRequests.terms(reference, agreedUnitCost, minimumOrderQuantity, orderMultiple, leadTimeDays,
                    preferred);
        }
    }

    /** The terms of an offer; its product and pack never change. */
    record SupplierProductTermsRequest(
            @Size(max = SupplierProduct.REFERENCE_MAX) String reference,
            @UnitCost BigDecimal agreedUnitCost,
            @Min(1) @Max(SupplierProduct.MAX_PACKS) Integer minimumOrderQuantity,
            @Min(1) @Max(SupplierProduct.MAX_PACKS) Integer orderMultiple,
            @Min(0) @Max(SupplierProduct.LEAD_TIME_MAX) Integer leadTimeDays,
            Boolean preferred) {

        SupplierProduct.Terms terms() {
            return SupplierRequests.terms(reference, agreedUnitCost, minimumOrderQuantity, orderMultiple, leadTimeDays,
                    preferred);
        }
    }

    private static SupplierProduct.Terms terms(String reference, BigDecimal agreedUnitCost, Integer minimum,
                                               Integer multiple, Integer leadTime, Boolean preferred) {
        return new SupplierProduct.Terms(reference, agreedUnitCost, minimum == null ? 1 : minimum,
                multiple == null ? 1 : multiple, leadTime == null ? 0 : leadTime, Boolean.TRUE.equals(preferred));
    }
}
