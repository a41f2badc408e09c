package io.elif.bootstrap.api;

import io.elif.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A sale's PDF invoice through real HTTP: a real PDF whose text PDFBox reads back, for the roles that sell. */
class SaleDocumentApiTests extends ApiTestSupport {

    private static final String TENANT = "demo";
    private static final String SALES = "/api/sales/sales";
    private static final HttpClient BINARY = HttpClient.newHttpClient();
    /** What a browser following a link sends. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** Cash goes through a till: every role taking cash here has a session open. */
    @BeforeEach
    void openTills() {
        tillsOpen(Role.SALES);
    }

    @Test
    void aCounterSalesInvoiceIsAPdfWithTheLetterheadTheCustomerTheFiguresAndTheTextAsText() throws IOException {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var beer = sellable("Bière <script>alert('x')</script> 65 cl " + marker, "BOTTLE", "3000.00");
        var crate = crate(beer, 24, "LEVEL_1", "60000.00");
        var crates = container("CRATE", "3000.00");
        var attached = putAs(Role.MANAGER, "/api/catalog/products/" + beer + "/containers", """
                {"packId": "%s", "containers": [{"containerTypeId": "%s", "quantity": 1}]}""".formatted(crate, crates));
        assertThat(attached.status()).as(attached.raw().body()).isEqualTo(200);
        receive(beer, 100);
        var customerName = "Épicerie <b>Ñandú</b> & Café " + marker;
        var customer = postAs(Role.MANAGER, "/api/sales/customers", """
                {"name": "%s", "address": "Rue de l'Église, Antsirabe", "phone": "+261 34 11 222 33",
                 "creditLimit": "100000"}"""
                .formatted(customerName.replace("\"", "\\\""))).body();
        var sale = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "lines": [{"productId": "%s", "packId": "%s", "quantity": 3}],
                 "deposits": [{"containerTypeId": "%s", "exchanged": 1}],
                 "payments": [{"method": "CASH", "amount": "150000"}]}"""
                .formatted(customer.get("id").asString(), beer, crate, crates));
        assertThat(sale.status()).as(sale.raw().body()).isEqualTo(201);
        var number = sale.body().get("number").asString();

        var invoice = download(Role.SALES, sale.body().get("id").asString());

        assertThat(invoice.statusCode()).isEqualTo(200);
        assertThat(invoice.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(invoice.headers().firstValue("Content-Disposition"))
                .contains("inline; filename=\"" + number + ".pdf\"");
        assertThat(new String(invoice.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertSecurityHeaders(invoice.headers()); // no-store: an invoice names a customer
        var text = text(invoice.body());
        assertThat(text).contains("INVOICE", number, DEMO_COMPANY, "NIF 1000000001", "Bill to", customerName,
                customer.get("code").asString(), "Rue de l'Église, Antsirabe", "+261 34 11 222 33",
                "Bière <script>alert('x')</script> 65 cl " + marker, "× 24", "60,000", "180,000",
                "Net 150,000 MGA", "Tax 30,000 MGA", "Total 180,000 MGA", "Deposits 6,000 MGA",
                "Payable 186,000 MGA", "150,000", "36,000", "Page 1 of 1");
        assertThat(text).doesNotContain("not an invoice", "180,000.00");
        assertThat(download(Role.MANAGER, sale.body().get("id").asString()).statusCode()).isEqualTo(200);
        assertThat(download(Role.ADMIN, sale.body().get("id").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void aDraftPrintsAQuotationAndACancelledOrderHasNoInvoice() throws IOException {
        var beer = sellable("Quotation beer " + UUID.randomUUID(), "BOTTLE", "3000.00");
        var draft = postAs(Role.SALES, SALES, """
                {"lines": [{"productId": "%s", "quantity": 2}]}""".formatted(beer)).body();
        var id = draft.get("id").asString();

        var quotation = download(Role.SALES, id);
        assertThat(quotation.statusCode()).isEqualTo(200);
        assertThat(text(quotation.body())).contains("QUOTATION", "Quotation: not an invoice", draft.get("number").asString(),
                "WALK-IN", "Total 6,000 MGA").doesNotContain("Bill to");

        assertThat(postAs(Role.MANAGER, SALES + "/" + id + "/cancel", "").status()).isEqualTo(200);
        var cancelled = getAs(Role.SALES, SALES + "/" + id + "/invoice.pdf");
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.contentType()).startsWith("application/problem+json");
        assertThat(cancelled.body().get("type").asString()).endsWith("/sale-state");
    }

    @Test
    void theWarehouseIsRefusedAndAnUnknownOrAnotherTenantsSaleIsNotFound() {
        var beer = sellable("Refused beer " + UUID.randomUUID(), "BOTTLE", "3000.00");
        var id = postAs(Role.SALES, SALES, """
                {"lines": [{"productId": "%s", "quantity": 1}]}""".formatted(beer)).body().get("id").asString();

        var warehouse = getAs(Role.WAREHOUSE, SALES + "/" + id + "/invoice.pdf");
        assertThat(warehouse.status()).isEqualTo(403);
        assertThat(warehouse.contentType()).startsWith("application/problem+json");

        var unknown = sendAs(sessionAs(TENANT, Role.SALES), HttpRequest.newBuilder(
                uri(SALES + "/" + UUID.randomUUID() + "/invoice.pdf")).header("Accept", BROWSER_ACCEPT).GET());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("type").asString()).endsWith("/not-found");
        assertThat(unknown.raw().body()).doesNotContain("Exception", "at io.elif");

        var elsewhere = get("acme", SALES + "/" + id + "/invoice.pdf");
        assertThat(elsewhere.status()).isEqualTo(404);
        var malformed = getAs(Role.SALES, SALES + "/not-a-uuid/invoice.pdf");
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void aReceiptGivesTheSaleItsCustomerTheLetterheadAndTheMoneyUnit() {
        var beer = sellable("Receipt beer " + UUID.randomUUID(), "BOTTLE", "3000.00");
        receive(beer, 5);
        var customer = postAs(Role.SALES, "/api/sales/customers", """
                {"name": "Gargotte <i>Chez Émile</i>", "phone": "+261 32 00 111 22"}""").body();
        var sale = postAs(Role.SALES, SALES, """
                {"customerId": "%s", "complete": true, "lines": [{"productId": "%s", "quantity": 2}],
                 "payments": [{"method": "CASH", "amount": "10000"}]}"""
                .formatted(customer.get("id").asString(), beer)).body();

        var receipt = getAs(Role.SALES, SALES + "/" + sale.get("id").asString() + "/receipt");

        assertThat(receipt.status()).as(receipt.raw().body()).isEqualTo(200);
        var body = receipt.body();
        assertThat(body.get("sale")).isEqualTo(getAs(Role.SALES, SALES + "/" + sale.get("id").asString()).body());
        assertThat(body.get("customer").get("name").asString()).isEqualTo("Gargotte <i>Chez Émile</i>");
        assertThat(body.get("customer").get("code").asString()).isEqualTo(customer.get("code").asString());
        assertThat(body.get("customer").get("walkIn").asBoolean()).isFalse();
        assertThat(body.get("company").get("name").asString()).isEqualTo(DEMO_COMPANY);
        assertThat(body.get("company").get("taxId").asString()).isEqualTo("NIF 1000000001");
        assertThat(body.get("currency").asString()).isEqualTo("MGA");
        assertThat(body.get("moneyScale").asInt()).isZero();
        assertThat(getAs(Role.WAREHOUSE, SALES + "/" + sale.get("id").asString() + "/receipt").status()).isEqualTo(403);
        assertThat(getAs(Role.SALES, SALES + "/" + UUID.randomUUID() + "/receipt").status()).isEqualTo(404);
    }

    private HttpResponse<byte[]> download(Role role, String saleId) {
        var request = sessionAs(TENANT, role).apply(HttpRequest.newBuilder(uri(SALES + "/" + saleId + "/invoice.pdf"))
                .header("Accept", BROWSER_ACCEPT).GET());
        try {
            return BINARY.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

}
