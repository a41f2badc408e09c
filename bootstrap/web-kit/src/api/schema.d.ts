// Generated from docs/openapi.json by openapi-typescript: do not edit. Regenerate with `npm run api:types`.
export interface paths {
    "/api/sales/tills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a till's code and name, retire it (active false: no new session) or bring it back */
        put: operations["changeTill"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a draft's lines and deposit choices, priced again */
        put: operations["replaceSaleLines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sell a draft to another customer, its lines priced again at that customer's level
         * @description A manager's price on a line is kept. An unknown or inactive customer is refused (400 naming customerId), as is a line the new level has no price for (400 naming lines[i].packId or lines[i].productId).
         */
        put: operations["changeSaleCustomer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a customer */
        get: operations["getCustomer"];
        /** Change a customer's details and terms (never its code) */
        put: operations["changeCustomer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a supplier */
        get: operations["getSupplier"];
        /** Change a supplier's details and terms (never its code) */
        put: operations["changeSupplier"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/suppliers/{id}/products/{supplierProductId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the terms a supplier sells a product on (never its product or pack) */
        put: operations["changeSupplierProduct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/orders/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a draft's lines */
        put: operations["replaceOrderLines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/deliveries/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a draft delivery's lines */
        put: operations["replaceDeliveryLines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/warehouses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a warehouse's name, negative stock setting and whether it is in use */
        put: operations["update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/warehouses/{id}/locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a location's name or whether it is in use */
        put: operations["updateLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stocktakes/{id}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record counted quantities on a stocktake being counted */
        put: operations["count"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a user's roles */
        put: operations["changeRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the tenant's security settings */
        get: operations["settings"];
        /** Change the tenant's security settings (two-factor authentication required of administrators) */
        put: operations["updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/tax-classes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a tax class's name or rate */
        put: operations["changeTaxClass"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the catalogue settings */
        get: operations["settings_1"];
        /** Change the catalogue settings */
        put: operations["change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a product */
        get: operations["get"];
        /** Change a product */
        put: operations["change_1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/products/{id}/packs/{packId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a pack's name or barcode */
        put: operations["changePack"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/products/{id}/containers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the returnable containers a product or one of its packs carries */
        put: operations["attachContainers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/containers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a container type's name or deposit */
        put: operations["changeContainer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a category's name or whether its products are sellable */
        put: operations["changeCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/tills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tenant's tills, by code */
        get: operations["listTills"];
        put?: never;
        /** Add a till */
        post: operations["createTill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/tills/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a session on a till with a cash float
         * @description One open session per till and per clerk. The float is the ledger's first line.
         */
        post: operations["openTillSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/till-sessions/{id}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put cash in (PAID_IN) or take cash out (PAID_OUT) of an open session, with why
         * @description Taking out more than the drawer should hold is refused (400 naming `amount`).
         */
        post: operations["moveTillCash"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/till-sessions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a session with the cash counted, by denominations or as one figure
         * @description The server computes expected (float + cash in - cash out, the ledger's sum) and the difference (counted - expected: over when positive, short when negative) and keeps them. Closing again changes nothing: the session is answered as the first close left it.
         */
        post: operations["closeTillSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search sales by number, customer, state, payment status, business date and clerk, newest first
         * @description paymentStatus finds completed sales that are UNPAID, PARTLY_PAID or PAID, from their payments' allocations. A SALES user sees every draft and confirmed order (the desk's shared queue) but only the completed and cancelled sales they created themselves.
         */
        get: operations["searchSales"];
        put?: never;
        /**
         * Create a sale: a draft that reserves nothing, or with complete=true a counter sale completed at once
         * @description The server prices every line from the catalogue at the customer's level on the business day (no customer: the walk-in customer; no warehouse: the default one). A SALES user who sends unitPrice, discount or priceReason is refused (400 naming the field); a manager's price needs a priceReason. A counter sale reserves and issues its stock in the same transaction: a shortfall leaves no sale. The deposit lines come from the containers the lines carry, all consigned (paid now) unless deposits says how many are exchanged (empties brought back now) or due (owed; not by the walk-in customer); they are apart from the total: payable = total + depositTotal. Completing takes `payments` (method CASH, CARD, MOBILE_MONEY or BANK_TRANSFER; amount; reference, required for mobile money), in order, each up to what is still owed: cash beyond it is change (tendered and change recorded), any other method beyond it is refused (400 naming the amount with the figure owed). The walk-in customer pays the whole payable (a partial payment needs a named customer: 400 naming `payments`); a named customer may leave the rest unpaid, due after the customer's payment terms, within the credit limit, beyond it only with a manager's `creditOverride` (a SALES user sending one is refused, 400). Payments and a creditOverride come only with complete=true (else 400 naming them); a sale completed later is paid with POST /api/sales/sales/{id}/payments.
         */
        post: operations["createSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The returns of a sale, oldest first */
        get: operations["returns"];
        put?: never;
        /**
         * Take goods of a completed sale back (a manager's): some lines, or everything left
         * @description Never more of a line than was sold less earlier returns. The goods go back into the sale's warehouse once; the containers they carried are reversed (owed ones cancelled first, then paid and exchanged ones refunded at the sale's unit deposit). The credit (goods + deposits) first lowers what the sale still owes; what had been paid beyond it is refunded by refundMethod.
         */
        post: operations["returnGoods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a payment on a completed sale
         * @description The amount never exceeds what is owed (400 naming `amount` with the figure owed), except cash, where the excess is the change: the payment records what was owed, what was tendered and the change. Mobile money needs the operator's transaction reference.
         */
        post: operations["payOnSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a draft: a phone order whose stock is reserved (confirming again changes nothing) */
        post: operations["confirmSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a sale with its payments: its stock is issued, once (completing again changes nothing)
         * @description Completing takes `payments` (method CASH, CARD, MOBILE_MONEY or BANK_TRANSFER; amount; reference, required for mobile money), in order, each up to what is still owed: cash beyond it is change (tendered and change recorded), any other method beyond it is refused (400 naming the amount with the figure owed). The walk-in customer pays the whole payable (a partial payment needs a named customer: 400 naming `payments`); a named customer may leave the rest unpaid, due after the customer's payment terms, within the credit limit, beyond it only with a manager's `creditOverride` (a SALES user sending one is refused, 400). The body is optional. A sale completed already is answered as it is: payments sent again are not taken twice.
         */
        post: operations["completeSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a draft or a confirmed sale, releasing its reservation (cancelling again changes nothing) */
        post: operations["cancelSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search customers by name, code or phone, active or not, sorted by name then code */
        get: operations["searchCustomers"];
        put?: never;
        /**
         * Register a customer (a clerk sends the contact details only; a manager also sets the terms)
         * @description Without a code the server gives the next C-000001. A SALES user who sends priceLevel, paymentTermsDays or creditLimit is refused (400 naming the field); the terms get their defaults: LEVEL_1, 30 days, no credit.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/customers/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a payment on account, allocated to the customer's oldest open sales first
         * @description The amount never exceeds what is owed (400 naming `amount` with the figure owed), except cash, where the excess is the change: the payment records what was owed, what was tendered and the change. Mobile money needs the operator's transaction reference.
         */
        post: operations["payOnAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/customers/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a customer (the walk-in customer stays active) */
        post: operations["deactivateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/customers/{id}/container-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take back empties a customer brings after a sale: each settles a container owed first, the rest refunds its deposit; they enter the warehouse's count of empties */
        post: operations["returnContainers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/customers/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a customer again */
        post: operations["activateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild the tenant's read models from the events they were fed
         * @description Empties the rollups and books every event reporting's listeners were given again, oldest first, in one transaction: the figures after it equal those before, and a report added later gets its history. Events arriving meanwhile wait for it and are booked once.
         */
        post: operations["rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search suppliers by name, code, contact or phone, active or not, sorted by name then code */
        get: operations["searchSuppliers"];
        put?: never;
        /** Register a supplier (terms absent: 30 days; currency absent: the tenant's) */
        post: operations["createSupplier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/suppliers/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The products a supplier sells, with their packs, costs, minimum, multiple and lead time */
        get: operations["supplierProducts"];
        put?: never;
        /** List a product's pack (packId absent: the base unit) with the supplier */
        post: operations["addSupplierProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/suppliers/{id}/empties-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return empties to a supplier as a document ES-YYYY-NNNNNN
         * @description The empties leave the warehouse's count of empties and are credited at the supplier's deposit (the latest a delivery of theirs carried). More than we hold of theirs, or than the warehouse holds, is refused naming the line.
         */
        post: operations["returnEmpties"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/suppliers/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a supplier: no new orders to it; its history stays */
        post: operations["deactivateSupplier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/suppliers/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a supplier again */
        post: operations["activateSupplier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/reorder-suggestions/{supplierId}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a supplier's suggestions into a draft purchase order */
        post: operations["orderSuggestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search purchase orders by number or supplier, supplier, states and business dates, newest first */
        get: operations["searchOrders"];
        put?: never;
        /**
         * Create a purchase order as a draft, numbered PO-YYYY-NNNNNN
         * @description Each line is a product's pack the supplier sells, in whole packs within its minimum and multiple, at a cost per pack excluding tax (absent: the agreed cost); tax follows the product's tax class.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/orders/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft to the supplier (again: nothing changes) */
        post: operations["sendOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the supplier's confirmation of a sent (or draft) order */
        post: operations["confirmOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/orders/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an order by hand: the rest will not come */
        post: operations["closeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order nothing has arrived for */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first, of an order or a supplier */
        get: operations["searchDeliveries"];
        put?: never;
        /**
         * Record what arrived as a draft delivery D-YYYY-NNNNNN (nothing is booked until it is confirmed)
         * @description Against an order: each line names the order's lineNo. Without an order (a manager only): supplierId, and each line its productId, packId and unitCost.
         */
        post: operations["recordDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/deliveries/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a delivery: its goods go into stock at the order's costs, once
         * @description Confirming again, or concurrently, answers the confirmed delivery and books nothing more. More than an order line still awaits needs a manager's overrideReason.
         */
        post: operations["confirmDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the warehouses with their locations */
        get: operations["warehouses"];
        put?: never;
        /** Create a warehouse */
        post: operations["create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/warehouses/{id}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a location (a bin) to a warehouse */
        post: operations["addLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List transfers, optionally in one state */
        get: operations["transfers"];
        put?: never;
        /**
         * Send stock to another location
         * @description To another warehouse it is in transit until received there; within a warehouse it moves at once.
         */
        post: operations["send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/transfers/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a transfer at its destination */
        post: operations["receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stocktakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List stocktakes, optionally in one state */
        get: operations["stocktakes"];
        put?: never;
        /**
         * Start a stocktake of a location
         * @description A blind stocktake hides the expected figures until it is submitted.
         */
        post: operations["start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stocktakes/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a counted stocktake for approval */
        post: operations["submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stocktakes/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a stocktake that is not approved */
        post: operations["cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stocktakes/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submitted stocktake, booking its differences as stock movements once */
        post: operations["approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a goods receipt in, with lots, best-before dates and unit costs */
        post: operations["receive_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/break-bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Break bulk: take a source product out and book units of the target product in */
        post: operations["breakBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust a product's stock by hand, with a reason */
        post: operations["adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the users by username, email or display name, a page at a time */
        get: operations["search"];
        put?: never;
        /** Create a user with roles and a first password */
        post: operations["create_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password for a user */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a user again */
        post: operations["enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user: they can no longer sign in */
        post: operations["disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the two-factor set-up (needs the current password): a new secret and its otpauth URI */
        post: operations["setUpTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor authentication off, with the password */
        post: operations["disableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish the two-factor set-up with a code from the authenticator app */
        post: operations["confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the own API tokens (never their secrets) */
        get: operations["tokens"];
        put?: never;
        /** Create a personal API token; its secret is in this response only */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the own password; ends every session, this device gets a new one */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/tax-classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tax classes */
        get: operations["taxClasses"];
        put?: never;
        /** Create a tax class */
        post: operations["createTaxClass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search products by name, SKU or barcode, with filters, sorting and pages */
        get: operations["search_1"];
        put?: never;
        /** Create a product */
        post: operations["create_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/products/{id}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's price history, newest first, scheduled prices included, with who and when */
        get: operations["priceHistory"];
        put?: never;
        /** Record a price of a product or one of its packs, valid from today or a given later day */
        post: operations["recordPrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/products/{id}/packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a pack (a crate, a case...) to a product */
        post: operations["addPack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/products/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a product */
        post: operations["deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/products/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a product again */
        post: operations["activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/containers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the returnable container types with their deposits */
        get: operations["containers"];
        put?: never;
        /** Create a returnable container type */
        post: operations["createContainer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the categories */
        get: operations["categories"];
        put?: never;
        /** Create a category */
        post: operations["createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session and clears its cookie */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; sets the session cookie
         * @description With the username or email, the password and, when two-factor authentication is on, a code from the authenticator app.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which tenant this request reaches and whether it serves */
        get: operations["current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/till-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search till sessions by till, clerk, state and business date, newest first, with their expected cash and differences
         * @description A SALES user sees only their own sessions (a clerk filter naming another finds nothing).
         */
        get: operations["searchTillSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/till-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a till session with its cash ledger
         * @description Another clerk's session is not found.
         */
        get: operations["getTillSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/till-sessions/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A session's Z report: sales, payments by method, deposits, cash in and out, expected, counted and difference
         * @description Derived from the documents: the sales the clerk completed and the payments they took during the session, the deposit refunds it paid out and its cash ledger.
         */
        get: operations["tillSessionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/till-sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's open till session with its cash, or null when they have none */
        get: operations["currentTillSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a sale with its lines, totals, payments and who did what when */
        get: operations["getSale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a sale's till receipt prints: the sale, its customer, the letterhead and the money unit
         * @description The order desk's receipt (80 mm and 58 mm thermal printers) renders it; the sale is as GET /api/sales/sales/{id} answers it.
         */
        get: operations["getSaleReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/sales/{id}/invoice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A sale's invoice as an A4 PDF (a draft's quotation, a confirmed order's pro forma invoice)
         * @description The tenant's letterhead, the customer, the lines, the tax per rate and the totals, the deposit lines apart and the payable. A completed sale's document is its invoice; a draft's is a quotation and a confirmed order's a pro forma invoice, each saying it is not an invoice.
         */
        get: operations["getSaleInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/customers/{id}/containers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's containers: what they hold per type (consigned, due, deposits held) and their latest returns of empties */
        get: operations["containers_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/customers/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a customer's account: open sales, ageing, total owed and recent payments
         * @description All derived from the completed sales and the payments' allocations; days overdue and ageing count from each sale's due date to the tenant's business day.
         */
        get: operations["customerAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales/customers/walk-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the walk-in customer, who stands for anonymous counter sales */
        get: operations["walkInCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales by day, week or month, or by product, customer, clerk or warehouse
         * @description From and to are business days, both included (at most 3660 days). groupBy: DAY (default), WEEK (from Monday), MONTH, PRODUCT, CATEGORY (the product's category id when it was sold, '' for none), CUSTOMER, CLERK or WAREHOUSE. One filter at most (productId, customerId, clerk or warehouseId), with a grouping by time. Rows sorted by sort (KEY by default) and direction, ties by key. Figures as docs/reporting.md defines them: revenue net of tax and returns, cost of goods sold at issue, gross profit, margin.
         */
        get: operations["salesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/sales.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same sales report as a CSV, XLSX or PDF file, streamed as it is read
         * @description From and to are business days, both included (at most 3660 days). groupBy: DAY (default), WEEK (from Monday), MONTH, PRODUCT, CATEGORY (the product's category id when it was sold, '' for none), CUSTOMER, CLERK or WAREHOUSE. One filter at most (productId, customerId, clerk or warehouseId), with a grouping by time. Rows sorted by sort (KEY by default) and direction, ties by key. Figures as docs/reporting.md defines them: revenue net of tax and returns, cost of goods sold at issue, gross profit, margin. format: csv (RFC 4180, UTF-8, a header row, the rows only), xlsx (a workbook: a heading row, numbers as numbers, the total in bold) or pdf (A4, printable, the total at the end).
         */
        get: operations["salesReportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payments received by method and by who took them
         * @description From and to are business days, both included (at most 3660 days). One row per method and user who took the payments (for cash, what settled debts: the change given back is not in it; refunds are not payments), ordered by method and user.
         */
        get: operations["payments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/payments.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The payments received as a CSV, XLSX or PDF file
         * @description From and to are business days, both included (at most 3660 days). One row per method and user who took the payments (for cash, what settled debts: the change given back is not in it; refunds are not payments), ordered by method and user. format: csv (a header row, the rows only), xlsx (a workbook, the total in bold) or pdf (A4, printable, the total at the end).
         */
        get: operations["paymentsFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/owed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What customers owe, aged by each sale's due date
         * @description asOf: a business day, today by default. Per customer, what each completed sale still owes at the end of that day by the days since its due date: current (not yet due), 1-30, 31-60, 61-90, over 90; unallocated: what the customer paid beyond any sale (negative); total: all of it. Largest debts first.
         */
        get: operations["owed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/owed.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What customers owe, aged, as a CSV, XLSX or PDF file
         * @description asOf: a business day, today by default. Per customer, what each completed sale still owes at the end of that day by the days since its due date: current (not yet due), 1-30, 31-60, 61-90, over 90; unallocated: what the customer paid beyond any sale (negative); total: all of it. Largest debts first. format: csv (a header row, the rows only), xlsx (a workbook, the total in bold) or pdf (A4, printable, the total at the end).
         */
        get: operations["owedFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/my-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own sales and payments today, without cost or margin */
        get: operations["myDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The manager's dashboard: today, this week and this month against the same days before
         * @description Revenue (net of tax and returns; deposits never count), sales count, average sale, cost, gross profit and margin, payments received and the best sellers per period; what customers owe. The tenant's time zone decides the business day. Figures follow the events a moment after each sale, return or payment commits.
         */
        get: operations["dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/containers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The containers customers hold and the deposits held for them
         * @description asOf: a business day, today by default. Per customer and container type at the end of that day: consigned (their deposit paid), due (owed by the customer), held (both) and the deposits held for them (held money, never revenue), from the sales, returns of goods and returns of empties up to it.
         */
        get: operations["containers_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/containers.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The containers customers hold as a CSV, XLSX or PDF file
         * @description asOf: a business day, today by default. Per customer and container type at the end of that day: consigned (their deposit paid), due (owed by the customer), held (both) and the deposits held for them (held money, never revenue), from the sales, returns of goods and returns of empties up to it. format: csv (a header row, the rows only), xlsx (a workbook, the total in bold) or pdf (A4, printable, the total at the end).
         */
        get: operations["containersFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/suppliers/{id}/containers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What we hold of a supplier's containers and what their returns credited, with the latest returns */
        get: operations["supplierContainers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/reorder-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reorder suggestions per preferred supplier: up to each product's maximum, minus what is on order, rounded up to the supplier's minimum and multiple */
        get: operations["reorderSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a purchase order with its lines, what each received and what is still to come */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/orders/{id}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A purchase order as an A4 PDF to send to the supplier, with the tenant's letterhead */
        get: operations["getOrderDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/purchasing/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a delivery */
        get: operations["getDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a transfer */
        get: operations["transfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stocktakes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a stocktake sheet */
        get: operations["stocktake"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock levels of up to 100 products at once, per warehouse
         * @description Products without stock cards are left out.
         */
        get: operations["stockOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stock/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's stock per warehouse, location and lot */
        get: operations["stockOf_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stock/{productId}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's latest stock movements, newest first */
        get: operations["movements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stock/value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock's value per warehouse, at moving average cost and at retail price */
        get: operations["value"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stock/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock overview: each product's stock and status, with filters, sorting and pages */
        get: operations["overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stock/near-expiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lots on hand whose best-before date is near or past */
        get: operations["nearExpiry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stock/low": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products below their minimum stock or out of stock */
        get: operations["lowStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stock/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check every balance against its ledger and open reservations (changes nothing) */
        get: operations["consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/empties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Empty crates and bottles per warehouse and container type, as customers brought them back */
        get: operations["empties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a user */
        get: operations["get_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the security audit trail by action, outcome, user and days, newest first */
        get: operations["search_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the base units products are counted in */
        get: operations["units"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/barcodes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find the product or pack a barcode belongs to */
        get: operations["barcode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user: account, roles, tenant and two-factor state */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a CSRF token, also set as the XSRF-TOKEN cookie, before the first change */
        get: operations["csrf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/identity/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an own API token */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        TillRequest: {
            code: string;
            name: string;
            active?: boolean;
        };
        TillResponse: {
            /** Format: uuid */
            id?: string;
            code?: string;
            name?: string;
            active?: boolean;
        };
        DepositChoiceRequest: {
            /** Format: uuid */
            containerTypeId: string;
            /** Format: int64 */
            exchanged?: number;
            /** Format: int64 */
            due?: number;
        };
        ReplaceLinesRequest: {
            lines: components["schemas"]["SaleLineRequest"][];
            deposits?: components["schemas"]["DepositChoiceRequest"][];
        };
        SaleLineRequest: {
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            packId?: string;
            /** Format: int32 */
            quantity: number;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            unitPrice?: number | string;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            discount?: number | string;
            priceReason?: string;
        };
        CreditOverrideResponse: {
            reason?: string;
            by?: string;
            /** Format: date-time */
            at?: string;
        };
        PriceOverrideResponse: {
            reason?: string;
            by?: string;
            /** Format: date-time */
            at?: string;
        };
        SaleDepositResponse: {
            /** Format: uuid */
            containerTypeId?: string;
            code?: string;
            name?: string;
            /** @enum {string} */
            kind?: "BOTTLE" | "CRATE";
            unitDeposit?: string;
            /** Format: int64 */
            quantity?: number;
            /** Format: int64 */
            consigned?: number;
            /** Format: int64 */
            exchanged?: number;
            /** Format: int64 */
            due?: number;
            amount?: string;
        };
        SaleLineResponse: {
            /** Format: uuid */
            productId?: string;
            /** Format: uuid */
            packId?: string;
            sku?: string;
            name?: string;
            /** Format: int32 */
            quantity?: number;
            /** Format: int32 */
            unitsPerPack?: number;
            /** Format: int64 */
            baseUnits?: number;
            unitPrice?: string;
            catalogPrice?: string;
            taxRate?: string;
            amount?: string;
            tax?: string;
            priceOverride?: components["schemas"]["PriceOverrideResponse"];
        };
        SalePaymentResponse: {
            /** Format: uuid */
            id?: string;
            /** @enum {string} */
            method?: "CASH" | "CARD" | "MOBILE_MONEY" | "BANK_TRANSFER";
            amount?: string;
            tendered?: string;
            change?: string;
            reference?: string;
            by?: string;
            /** Format: date-time */
            at?: string;
        };
        SaleResponse: {
            /** Format: uuid */
            id?: string;
            number?: string;
            /** Format: uuid */
            customerId?: string;
            /** @enum {string} */
            priceLevel?: "LEVEL_1" | "LEVEL_2" | "LEVEL_3" | "LEVEL_4" | "LEVEL_5" | "WHOLESALE";
            /** Format: uuid */
            warehouseId?: string;
            /** Format: date */
            businessDate?: string;
            /** @enum {string} */
            state?: "DRAFT" | "CONFIRMED" | "COMPLETED" | "CANCELLED";
            lines?: components["schemas"]["SaleLineResponse"][];
            total?: string;
            tax?: string;
            net?: string;
            deposits?: components["schemas"]["SaleDepositResponse"][];
            depositTotal?: string;
            payable?: string;
            created?: components["schemas"]["StampResponse"];
            confirmed?: components["schemas"]["StampResponse"];
            completed?: components["schemas"]["StampResponse"];
            cancelled?: components["schemas"]["StampResponse"];
            paid?: string;
            owed?: string;
            /** Format: date */
            dueDate?: string;
            /** @enum {string} */
            paymentStatus?: "UNPAID" | "PARTLY_PAID" | "PAID";
            payments?: components["schemas"]["SalePaymentResponse"][];
            creditOverride?: components["schemas"]["CreditOverrideResponse"];
        };
        StampResponse: {
            by?: string;
            /** Format: date-time */
            at?: string;
        };
        SaleCustomerRequest: {
            /** Format: uuid */
            customerId: string;
        };
        ChangeCustomerRequest: {
            name: string;
            phone?: string;
            email?: string;
            address?: string;
            /** @enum {string} */
            priceLevel: "LEVEL_1" | "LEVEL_2" | "LEVEL_3" | "LEVEL_4" | "LEVEL_5" | "WHOLESALE";
            /** Format: int32 */
            paymentTermsDays: number;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            creditLimit: number | string;
        };
        CustomerResponse: {
            /** Format: uuid */
            id?: string;
            code?: string;
            name?: string;
            phone?: string;
            email?: string;
            address?: string;
            /** @enum {string} */
            priceLevel?: "LEVEL_1" | "LEVEL_2" | "LEVEL_3" | "LEVEL_4" | "LEVEL_5" | "WHOLESALE";
            /** Format: int32 */
            paymentTermsDays?: number;
            creditLimit?: string;
            active?: boolean;
            walkIn?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        ChangeSupplierRequest: {
            name: string;
            contact?: string;
            phone?: string;
            email?: string;
            address?: string;
            taxNumber?: string;
            /** Format: int32 */
            paymentTermsDays: number;
            currency: string;
        };
        SupplierResponse: {
            /** Format: uuid */
            id?: string;
            code?: string;
            name?: string;
            contact?: string;
            phone?: string;
            email?: string;
            address?: string;
            taxNumber?: string;
            /** Format: int32 */
            paymentTermsDays?: number;
            currency?: string;
            active?: boolean;
        };
        SupplierProductTermsRequest: {
            reference?: string;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            agreedUnitCost?: number | string;
            /** Format: int32 */
            minimumOrderQuantity?: number;
            /** Format: int32 */
            orderMultiple?: number;
            /** Format: int32 */
            leadTimeDays?: number;
            preferred?: boolean;
        };
        SupplierProductResponse: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            supplierId?: string;
            /** Format: uuid */
            productId?: string;
            sku?: string;
            productName?: string;
            /** Format: uuid */
            packId?: string;
            /** Format: int32 */
            unitsPerPack?: number;
            reference?: string;
            agreedUnitCost?: string;
            lastUnitCost?: string;
            /** Format: int32 */
            minimumOrderQuantity?: number;
            /** Format: int32 */
            orderMultiple?: number;
            /** Format: int32 */
            leadTimeDays?: number;
            preferred?: boolean;
        };
        OrderLineBody: {
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            packId?: string;
            /** Format: int32 */
            quantity: number;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            unitCost?: number | string;
        };
        OrderLineResponse: {
            /** Format: int32 */
            lineNo?: number;
            /** Format: uuid */
            productId?: string;
            /** Format: uuid */
            packId?: string;
            sku?: string;
            name?: string;
            /** Format: int32 */
            unitsPerPack?: number;
            /** Format: int32 */
            quantity?: number;
            unitCost?: string;
            taxRate?: string;
            amount?: string;
            tax?: string;
            /** Format: int32 */
            received?: number;
            /** Format: int32 */
            outstanding?: number;
        };
        OrderResponse: {
            /** Format: uuid */
            id?: string;
            number?: string;
            supplier?: components["schemas"]["OrderSupplierResponse"];
            /** Format: uuid */
            warehouseId?: string;
            currency?: string;
            /** Format: date */
            businessDate?: string;
            /** Format: date */
            expectedDate?: string;
            notes?: string;
            /** @enum {string} */
            state?: "DRAFT" | "SENT" | "CONFIRMED" | "PARTIALLY_RECEIVED" | "RECEIVED" | "CANCELLED" | "CLOSED";
            lines?: components["schemas"]["OrderLineResponse"][];
            net?: string;
            tax?: string;
            total?: string;
            created?: components["schemas"]["StampResponse"];
            sent?: components["schemas"]["StampResponse"];
            confirmed?: components["schemas"]["StampResponse"];
            ended?: components["schemas"]["StampResponse"];
            closeReason?: string;
        };
        OrderSupplierResponse: {
            /** Format: uuid */
            id?: string;
            code?: string;
            name?: string;
            email?: string;
            phone?: string;
        };
        DeliveryLineBody: {
            /** Format: int32 */
            lineNo?: number;
            /** Format: uuid */
            productId?: string;
            /** Format: uuid */
            packId?: string;
            /** Format: int32 */
            quantity: number;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            unitCost?: number | string;
            lot?: string;
            /** Format: date */
            bestBefore?: string;
            condition?: string;
            /** Format: uuid */
            locationId?: string;
        };
        ReplaceDeliveryLinesRequest: {
            lines: components["schemas"]["DeliveryLineBody"][];
        };
        DeliveryLineResponse: {
            /** Format: int32 */
            lineNo?: number;
            /** Format: int32 */
            orderLineNo?: number;
            /** Format: uuid */
            productId?: string;
            /** Format: uuid */
            packId?: string;
            sku?: string;
            name?: string;
            /** Format: int32 */
            unitsPerPack?: number;
            /** Format: int32 */
            quantity?: number;
            /** Format: int64 */
            baseUnits?: number;
            unitCost?: string;
            lot?: string;
            /** Format: date */
            bestBefore?: string;
            condition?: string;
            /** Format: uuid */
            locationId?: string;
        };
        DeliveryResponse: {
            /** Format: uuid */
            id?: string;
            number?: string;
            /** Format: uuid */
            orderId?: string;
            /** Format: uuid */
            supplierId?: string;
            /** Format: date */
            businessDate?: string;
            supplierReference?: string;
            state?: string;
            lines?: components["schemas"]["DeliveryLineResponse"][];
            created?: components["schemas"]["StampResponse"];
            confirmation?: components["schemas"]["StampResponse"];
            overrideReason?: string;
        };
        WarehouseChangeRequest: {
            name: string;
            allowNegativeStock: boolean;
            active: boolean;
        };
        Location: {
            /** Format: uuid */
            id?: string;
            code?: string;
            name?: string;
            active?: boolean;
            isDefault?: boolean;
        };
        Warehouse: {
            /** Format: uuid */
            id?: string;
            code?: string;
            name?: string;
            allowNegativeStock?: boolean;
            active?: boolean;
            isDefault?: boolean;
            locations?: components["schemas"]["Location"][];
        };
        LocationChangeRequest: {
            name: string;
            active: boolean;
        };
        CountRequest: {
            /** Format: uuid */
            productId: string;
            lot?: string;
            /** Format: int64 */
            counted: number;
        };
        CountsRequest: {
            lines: components["schemas"]["CountRequest"][];
        };
        LineResponse: {
            /** Format: uuid */
            productId?: string;
            sku?: string;
            name?: string;
            lot?: string;
            /** Format: date */
            bestBefore?: string;
            /** Format: int64 */
            expected?: number;
            /** Format: int64 */
            counted?: number;
            /** Format: int64 */
            variance?: number;
        };
        StocktakeResponse: {
            /** Format: uuid */
            id?: string;
            number?: string;
            /** @enum {string} */
            state?: "COUNTING" | "SUBMITTED" | "APPROVED" | "CANCELLED";
            warehouseCode?: string;
            /** Format: uuid */
            locationId?: string;
            locationCode?: string;
            blind?: boolean;
            /** Format: date-time */
            createdAt?: string;
            createdBy?: string;
            /** Format: date-time */
            submittedAt?: string;
            submittedBy?: string;
            /** Format: date-time */
            closedAt?: string;
            closedBy?: string;
            lines?: components["schemas"]["LineResponse"][];
        };
        RolesRequest: {
            roles: ("ADMIN" | "MANAGER" | "SALES" | "WAREHOUSE")[];
        };
        UserResponse: {
            /** Format: uuid */
            id?: string;
            username?: string;
            email?: string;
            displayName?: string;
            roles?: ("ADMIN" | "MANAGER" | "SALES" | "WAREHOUSE")[];
            active?: boolean;
            totpEnabled?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        SettingsBody: {
            requireTotpForAdmins: boolean;
        };
        TaxClassRequest: {
            name: string;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            rate: number | string;
        };
        TaxClassResponse: {
            /** Format: uuid */
            id?: string;
            name?: string;
            rate?: string;
        };
        SettingsRequest: {
            currency: string;
            salesPricesIncludeTax: boolean;
            purchaseCostsIncludeTax: boolean;
        };
        CatalogSettings: {
            currency?: string;
            salesPricesIncludeTax?: boolean;
            purchaseCostsIncludeTax?: boolean;
        };
        ChangeProductRequest: {
            name: string;
            description?: string;
            /** Format: uuid */
            categoryId: string;
            /** Format: uuid */
            taxClassId: string;
            /** Format: int64 */
            minimumStock?: number;
            /** Format: int64 */
            maximumStock?: number;
            storageLocation?: string;
            barcodes?: string[];
        };
        ContainerLoadResponse: {
            /** Format: uuid */
            containerTypeId?: string;
            code?: string;
            name?: string;
            /** @enum {string} */
            kind?: "BOTTLE" | "CRATE";
            deposit?: string;
            /** Format: int32 */
            quantity?: number;
        };
        PackResponse: {
            /** Format: uuid */
            id?: string;
            name?: string;
            /** Format: int32 */
            unitsPerPack?: number;
            barcode?: string;
            prices?: {
                [key: string]: string;
            };
            containers?: components["schemas"]["ContainerLoadResponse"][];
        };
        ProductDetailResponse: {
            /** Format: uuid */
            id?: string;
            sku?: string;
            name?: string;
            description?: string;
            /** Format: uuid */
            categoryId?: string;
            categoryName?: string;
            sellable?: boolean;
            /** Format: uuid */
            taxClassId?: string;
            taxClassName?: string;
            taxRate?: string;
            /** @enum {string} */
            baseUnit?: "BOTTLE" | "CAN" | "PIECE" | "LITRE" | "KILOGRAM" | "PACK";
            active?: boolean;
            /** Format: int64 */
            minimumStock?: number;
            /** Format: int64 */
            maximumStock?: number;
            storageLocation?: string;
            barcodes?: string[];
            price?: string;
            prices?: {
                [key: string]: string;
            };
            containers?: components["schemas"]["ContainerLoadResponse"][];
            packs?: components["schemas"]["PackResponse"][];
        };
        ChangePackRequest: {
            name: string;
            barcode?: string;
        };
        ContainerQuantityRequest: {
            /** Format: uuid */
            containerTypeId: string;
            /** Format: int32 */
            quantity: number;
        };
        ContainersRequest: {
            /** Format: uuid */
            packId?: string;
            containers: components["schemas"]["ContainerQuantityRequest"][];
        };
        ContainerChangeRequest: {
            name: string;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            deposit: number | string;
        };
        ContainerResponse: {
            /** Format: uuid */
            id?: string;
            code?: string;
            name?: string;
            /** @enum {string} */
            kind?: "BOTTLE" | "CRATE";
            deposit?: string;
        };
        CategoryRequest: {
            name: string;
            sellable?: boolean;
        };
        Category: {
            /** Format: uuid */
            id?: string;
            name?: string;
            sellable?: boolean;
        };
        OpenSessionRequest: {
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            openingFloat: number | string;
        };
        CashResponse: {
            openingFloat?: string;
            payments?: string;
            refunds?: string;
            paidIn?: string;
            paidOut?: string;
            expected?: string;
        };
        DenominationResponse: {
            value?: string;
            /** Format: int32 */
            count?: number;
        };
        MovementResponse: {
            /** Format: uuid */
            id?: string;
            /** @enum {string} */
            kind?: "FLOAT" | "PAYMENT" | "REFUND" | "PAID_IN" | "PAID_OUT";
            amount?: string;
            /** Format: uuid */
            paymentId?: string;
            reference?: string;
            by?: string;
            /** Format: date-time */
            at?: string;
        };
        SessionResponse: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            tillId?: string;
            tillCode?: string;
            clerk?: string;
            /** @enum {string} */
            state?: "OPEN" | "CLOSED";
            /** Format: date */
            businessDate?: string;
            /** Format: date-time */
            openedAt?: string;
            cash?: components["schemas"]["CashResponse"];
            counted?: string;
            difference?: string;
            denominations?: components["schemas"]["DenominationResponse"][];
            closedBy?: string;
            /** Format: date-time */
            closedAt?: string;
            movements?: components["schemas"]["MovementResponse"][];
        };
        CashMovementRequest: {
            /** @enum {string} */
            kind: "FLOAT" | "PAYMENT" | "REFUND" | "PAID_IN" | "PAID_OUT";
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            amount: number | string;
            reason: string;
        };
        CloseSessionRequest: {
            denominations?: components["schemas"]["DenominationRequest"][];
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            counted?: number | string;
        };
        DenominationRequest: {
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            value: number | string;
            /** Format: int32 */
            count: number;
        };
        CreateSaleRequest: {
            /** Format: uuid */
            customerId?: string;
            /** Format: uuid */
            warehouseId?: string;
            lines: components["schemas"]["SaleLineRequest"][];
            deposits?: components["schemas"]["DepositChoiceRequest"][];
            complete?: boolean;
            payments?: components["schemas"]["PaymentBody"][];
            creditOverride?: components["schemas"]["CreditOverrideRequest"];
        };
        CreditOverrideRequest: {
            reason: string;
        };
        PaymentBody: {
            /** @enum {string} */
            method: "CASH" | "CARD" | "MOBILE_MONEY" | "BANK_TRANSFER";
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            amount: number | string;
            reference?: string;
        };
        ReturnedLineRequest: {
            /** Format: int32 */
            lineNo: number;
            /** Format: int32 */
            quantity: number;
        };
        SaleReturnRequest: {
            lines?: components["schemas"]["ReturnedLineRequest"][];
            reason: string;
            /** @enum {string} */
            refundMethod?: "CASH" | "CARD" | "MOBILE_MONEY" | "BANK_TRANSFER";
        };
        DepositReversalResponse: {
            /** Format: uuid */
            containerTypeId?: string;
            code?: string;
            name?: string;
            /** @enum {string} */
            kind?: "BOTTLE" | "CRATE";
            unitDeposit?: string;
            /** Format: int64 */
            due?: number;
            /** Format: int64 */
            consigned?: number;
            /** Format: int64 */
            exchanged?: number;
            refund?: string;
        };
        ReturnedLineResponse: {
            /** Format: int32 */
            lineNo?: number;
            /** Format: uuid */
            productId?: string;
            /** Format: uuid */
            packId?: string;
            sku?: string;
            name?: string;
            /** Format: int32 */
            quantity?: number;
            /** Format: int64 */
            baseUnits?: number;
            unitPrice?: string;
            amount?: string;
            tax?: string;
        };
        SaleReturnResponse: {
            /** Format: uuid */
            id?: string;
            number?: string;
            /** Format: uuid */
            saleId?: string;
            saleNumber?: string;
            /** Format: uuid */
            customerId?: string;
            /** Format: date */
            businessDate?: string;
            reason?: string;
            lines?: components["schemas"]["ReturnedLineResponse"][];
            deposits?: components["schemas"]["DepositReversalResponse"][];
            total?: string;
            tax?: string;
            depositRefund?: string;
            credit?: string;
            refund?: string;
            /** @enum {string} */
            refundMethod?: "CASH" | "CARD" | "MOBILE_MONEY" | "BANK_TRANSFER";
            createdBy?: string;
            /** Format: date-time */
            createdAt?: string;
        };
        AllocationResponse: {
            /** Format: uuid */
            saleId?: string;
            amount?: string;
        };
        PaymentResponse: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            customerId?: string;
            /** @enum {string} */
            method?: "CASH" | "CARD" | "MOBILE_MONEY" | "BANK_TRANSFER";
            amount?: string;
            tendered?: string;
            change?: string;
            reference?: string;
            takenBy?: string;
            /** Format: date-time */
            takenAt?: string;
            /** Format: date */
            businessDate?: string;
            allocations?: components["schemas"]["AllocationResponse"][];
        };
        CompleteSaleRequest: {
            payments?: components["schemas"]["PaymentBody"][];
            creditOverride?: components["schemas"]["CreditOverrideRequest"];
        };
        CreateCustomerRequest: {
            code?: string;
            name: string;
            phone?: string;
            email?: string;
            address?: string;
            /** @enum {string} */
            priceLevel?: "LEVEL_1" | "LEVEL_2" | "LEVEL_3" | "LEVEL_4" | "LEVEL_5" | "WHOLESALE";
            /** Format: int32 */
            paymentTermsDays?: number;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            creditLimit?: number | string;
        };
        ContainerReturnRequest: {
            /** Format: uuid */
            warehouseId?: string;
            lines: components["schemas"]["CountedRequest"][];
        };
        CountedRequest: {
            /** Format: uuid */
            containerTypeId: string;
            /** Format: int64 */
            quantity: number;
        };
        ContainerReturnResponse: {
            /** Format: uuid */
            id?: string;
            number?: string;
            /** Format: uuid */
            customerId?: string;
            /** Format: uuid */
            warehouseId?: string;
            /** Format: date */
            businessDate?: string;
            lines?: components["schemas"]["ReturnedLineResponse"][];
            refundTotal?: string;
            createdBy?: string;
            /** Format: date-time */
            createdAt?: string;
        };
        Rebuilt: {
            /** Format: int32 */
            salesCompleted?: number;
            /** Format: int32 */
            returnsAccepted?: number;
            /** Format: int32 */
            paymentsReceived?: number;
            /** Format: int32 */
            productsDescribed?: number;
        };
        CreateSupplierRequest: {
            code: string;
            name: string;
            contact?: string;
            phone?: string;
            email?: string;
            address?: string;
            taxNumber?: string;
            /** Format: int32 */
            paymentTermsDays?: number;
            currency?: string;
        };
        SupplierProductRequest: {
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            packId?: string;
            reference?: string;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            agreedUnitCost?: number | string;
            /** Format: int32 */
            minimumOrderQuantity?: number;
            /** Format: int32 */
            orderMultiple?: number;
            /** Format: int32 */
            leadTimeDays?: number;
            preferred?: boolean;
        };
        EmptiesLineBody: {
            /** Format: uuid */
            containerTypeId: string;
            /** Format: int64 */
            quantity: number;
        };
        EmptiesReturnRequest: {
            /** Format: uuid */
            warehouseId?: string;
            supplierReference?: string;
            lines: components["schemas"]["EmptiesLineBody"][];
        };
        EmptiesReturnLineResponse: {
            /** Format: int32 */
            lineNo?: number;
            /** Format: uuid */
            containerTypeId?: string;
            code?: string;
            name?: string;
            /** Format: int64 */
            quantity?: number;
            unitDeposit?: string;
            amount?: string;
        };
        EmptiesReturnResponse: {
            /** Format: uuid */
            id?: string;
            number?: string;
            /** Format: uuid */
            supplierId?: string;
            /** Format: uuid */
            warehouseId?: string;
            /** Format: date */
            businessDate?: string;
            supplierReference?: string;
            currency?: string;
            credit?: string;
            lines?: components["schemas"]["EmptiesReturnLineResponse"][];
            created?: components["schemas"]["StampResponse"];
        };
        CreateOrderRequest: {
            /** Format: uuid */
            supplierId: string;
            /** Format: uuid */
            warehouseId?: string;
            /** Format: date */
            expectedDate?: string;
            notes?: string;
            lines: components["schemas"]["OrderLineBody"][];
        };
        CloseOrderRequest: {
            reason: string;
        };
        RecordDeliveryRequest: {
            /** Format: uuid */
            orderId?: string;
            /** Format: uuid */
            supplierId?: string;
            supplierReference?: string;
            lines: components["schemas"]["DeliveryLineBody"][];
        };
        ConfirmDeliveryRequest: {
            overrideReason?: string;
        };
        NewWarehouseRequest: {
            code: string;
            name: string;
            allowNegativeStock?: boolean;
        };
        NewLocationRequest: {
            code: string;
            name: string;
        };
        LineRequest: {
            /** Format: uuid */
            productId: string;
            /** Format: int64 */
            quantity: number;
        };
        TransferRequest: {
            /** Format: uuid */
            fromLocationId: string;
            /** Format: uuid */
            toLocationId: string;
            note?: string;
            lines: components["schemas"]["LineRequest"][];
        };
        Line: {
            /** Format: uuid */
            productId?: string;
            sku?: string;
            name?: string;
            lot?: string;
            /** Format: date */
            bestBefore?: string;
            /** Format: int64 */
            quantity?: number;
        };
        Transfer: {
            /** Format: uuid */
            id?: string;
            number?: string;
            /** @enum {string} */
            state?: "IN_TRANSIT" | "RECEIVED";
            fromWarehouseCode?: string;
            /** Format: uuid */
            fromLocationId?: string;
            fromLocationCode?: string;
            toWarehouseCode?: string;
            /** Format: uuid */
            toLocationId?: string;
            toLocationCode?: string;
            note?: string;
            /** Format: date-time */
            createdAt?: string;
            createdBy?: string;
            /** Format: date-time */
            receivedAt?: string;
            receivedBy?: string;
            lines?: components["schemas"]["Line"][];
        };
        StartRequest: {
            /** Format: uuid */
            locationId: string;
            blind?: boolean;
        };
        ReceiptLineRequest: {
            /** Format: uuid */
            productId: string;
            /** Format: int64 */
            quantity: number;
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            unitCost?: number | string;
            lot?: string;
            /** Format: date */
            bestBefore?: string;
        };
        ReceiptRequest: {
            /** Format: uuid */
            locationId?: string;
            reference: string;
            lines: components["schemas"]["ReceiptLineRequest"][];
        };
        LevelResponse: {
            /** Format: uuid */
            productId?: string;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            reserved?: number;
            /** Format: int64 */
            available?: number;
        };
        ReceiptResponse: {
            reference?: string;
            lines?: components["schemas"]["LevelResponse"][];
        };
        BreakBulkRequest: {
            /** Format: uuid */
            locationId?: string;
            /** Format: uuid */
            sourceProductId: string;
            /** Format: uuid */
            targetProductId: string;
            /** Format: int64 */
            quantity: number;
            /** Format: int64 */
            unitsPerSource: number;
        };
        Result: {
            reference?: string;
            source?: components["schemas"]["StockLevel"];
            target?: components["schemas"]["StockLevel"];
        };
        StockLevel: {
            /** Format: uuid */
            productId?: string;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            reserved?: number;
        };
        AdjustmentRequest: {
            /** Format: uuid */
            productId: string;
            /** Format: int64 */
            quantity: number;
            /** @enum {string} */
            reason: "BREAKAGE" | "THEFT" | "EXPIRED" | "FOUND" | "CORRECTION";
            note?: string;
            /** Format: uuid */
            locationId?: string;
            lot?: string;
        };
        NewUserRequest: {
            username: string;
            email: string;
            displayName: string;
            roles: ("ADMIN" | "MANAGER" | "SALES" | "WAREHOUSE")[];
            password: string;
        };
        NewPasswordRequest: {
            newPassword: string;
        };
        PasswordRequest: {
            password: string;
        };
        TotpSetup: {
            secret?: string;
            otpauthUri?: string;
        };
        TotpCodeRequest: {
            code: string;
        };
        TokenRequest: {
            name: string;
        };
        NewApiToken: {
            /** Format: uuid */
            id?: string;
            name?: string;
            /** Format: date-time */
            createdAt?: string;
            token?: string;
        };
        PasswordChangeRequest: {
            currentPassword: string;
            newPassword: string;
        };
        CreateProductRequest: {
            sku: string;
            name: string;
            description?: string;
            /** Format: uuid */
            categoryId: string;
            /** Format: uuid */
            taxClassId: string;
            /** @enum {string} */
            baseUnit: "BOTTLE" | "CAN" | "PIECE" | "LITRE" | "KILOGRAM" | "PACK";
            /** Format: int64 */
            minimumStock?: number;
            /** Format: int64 */
            maximumStock?: number;
            storageLocation?: string;
            barcodes?: string[];
            prices: {
                [key: string]: number | string;
            };
        };
        PriceRequest: {
            /** Format: uuid */
            packId?: string;
            /** @enum {string} */
            level: "LEVEL_1" | "LEVEL_2" | "LEVEL_3" | "LEVEL_4" | "LEVEL_5" | "WHOLESALE";
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            amount: number | string;
            /** Format: date */
            validFrom?: string;
        };
        PriceChangeResponse: {
            /** Format: uuid */
            packId?: string;
            /** @enum {string} */
            level?: "LEVEL_1" | "LEVEL_2" | "LEVEL_3" | "LEVEL_4" | "LEVEL_5" | "WHOLESALE";
            amount?: string;
            /** Format: date */
            validFrom?: string;
            /** Format: date-time */
            recordedAt?: string;
            recordedBy?: string;
        };
        PackRequest: {
            name: string;
            /** Format: int32 */
            unitsPerPack: number;
            barcode?: string;
            prices?: {
                [key: string]: number | string;
            };
        };
        ContainerRequest: {
            code: string;
            name: string;
            /** @enum {string} */
            kind: "BOTTLE" | "CRATE";
            /** @description A decimal: a JSON number, or the same written as a string ("2500.00") */
            deposit: number | string;
        };
        LoginRequest: {
            login: string;
            password: string;
            totpCode?: string;
        };
        LoginResponse: {
            user?: components["schemas"]["Me"];
        };
        Me: {
            /** Format: uuid */
            id?: string;
            username?: string;
            email?: string;
            displayName?: string;
            roles?: ("ADMIN" | "MANAGER" | "SALES" | "WAREHOUSE")[];
            tenant?: string;
            totpEnabled?: boolean;
            totpSetupRequired?: boolean;
        };
        TenantStatus: {
            id?: string;
            status?: string;
        };
        TillListResponse: {
            items?: components["schemas"]["TillResponse"][];
        };
        SessionPageResponse: {
            items?: components["schemas"]["SessionSummaryResponse"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            totalPages?: number;
        };
        SessionSummaryResponse: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            tillId?: string;
            tillCode?: string;
            tillName?: string;
            clerk?: string;
            /** @enum {string} */
            state?: "OPEN" | "CLOSED";
            /** Format: date */
            businessDate?: string;
            openingFloat?: string;
            /** Format: date-time */
            openedAt?: string;
            expected?: string;
            counted?: string;
            difference?: string;
            closedBy?: string;
            /** Format: date-time */
            closedAt?: string;
        };
        MethodFigures: {
            /** @enum {string} */
            method?: "CASH" | "CARD" | "MOBILE_MONEY" | "BANK_TRANSFER";
            /** Format: int32 */
            count?: number;
            amount?: string;
        };
        ReportResponse: {
            /** Format: uuid */
            sessionId?: string;
            tillCode?: string;
            clerk?: string;
            /** @enum {string} */
            state?: "OPEN" | "CLOSED";
            /** Format: date */
            businessDate?: string;
            /** Format: date-time */
            openedAt?: string;
            /** Format: date-time */
            closedAt?: string;
            sales?: components["schemas"]["SalesFigures"];
            payments?: components["schemas"]["MethodFigures"][];
            depositsTaken?: string;
            depositsReturned?: string;
            refunds?: string;
            paidIn?: string;
            paidOut?: string;
            openingFloat?: string;
            cashPayments?: string;
            expected?: string;
            counted?: string;
            difference?: string;
        };
        SalesFigures: {
            /** Format: int32 */
            count?: number;
            total?: string;
            tax?: string;
            net?: string;
        };
        CurrentSessionResponse: {
            session?: components["schemas"]["SessionResponse"];
        };
        SalePageResponse: {
            items?: components["schemas"]["SaleSummaryResponse"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            totalPages?: number;
        };
        SaleSummaryResponse: {
            /** Format: uuid */
            id?: string;
            number?: string;
            /** Format: uuid */
            customerId?: string;
            customerCode?: string;
            customerName?: string;
            /** @enum {string} */
            state?: "DRAFT" | "CONFIRMED" | "COMPLETED" | "CANCELLED";
            /** Format: date */
            businessDate?: string;
            total?: string;
            tax?: string;
            createdBy?: string;
            /** Format: date-time */
            createdAt?: string;
            paid?: string;
            owed?: string;
            /** Format: date */
            dueDate?: string;
            /** @enum {string} */
            paymentStatus?: "UNPAID" | "PARTLY_PAID" | "PAID";
        };
        LetterheadResponse: {
            name?: string;
            address?: string;
            phone?: string;
            taxId?: string;
        };
        ReceiptCustomerResponse: {
            /** Format: uuid */
            id?: string;
            code?: string;
            name?: string;
            phone?: string;
            walkIn?: boolean;
        };
        SaleReceiptResponse: {
            sale?: components["schemas"]["SaleResponse"];
            customer?: components["schemas"]["ReceiptCustomerResponse"];
            company?: components["schemas"]["LetterheadResponse"];
            currency?: string;
            /** Format: int32 */
            moneyScale?: number;
        };
        CustomerPageResponse: {
            items?: components["schemas"]["CustomerResponse"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            totalPages?: number;
        };
        ContainerAccountResponse: {
            balances?: components["schemas"]["ContainerBalanceResponse"][];
            recentReturns?: components["schemas"]["ContainerReturnResponse"][];
        };
        ContainerBalanceResponse: {
            /** Format: uuid */
            containerTypeId?: string;
            code?: string;
            name?: string;
            /** @enum {string} */
            kind?: "BOTTLE" | "CRATE";
            /** Format: int64 */
            held?: number;
            /** Format: int64 */
            consigned?: number;
            /** Format: int64 */
            due?: number;
            depositsHeld?: string;
            unitDeposit?: string;
        };
        AccountAllocationResponse: {
            /** Format: uuid */
            saleId?: string;
            number?: string;
            amount?: string;
        };
        AccountPaymentResponse: {
            /** Format: uuid */
            id?: string;
            /** @enum {string} */
            method?: "CASH" | "CARD" | "MOBILE_MONEY" | "BANK_TRANSFER";
            amount?: string;
            tendered?: string;
            change?: string;
            reference?: string;
            by?: string;
            /** Format: date-time */
            at?: string;
            /** Format: date */
            businessDate?: string;
            allocations?: components["schemas"]["AccountAllocationResponse"][];
        };
        AccountResponse: {
            /** Format: uuid */
            customerId?: string;
            code?: string;
            name?: string;
            creditLimit?: string;
            /** Format: int32 */
            paymentTermsDays?: number;
            /** Format: date */
            asOf?: string;
            totalOwed?: string;
            ageing?: components["schemas"]["AgeingResponse"];
            openSales?: components["schemas"]["AccountSaleResponse"][];
            recentPayments?: components["schemas"]["AccountPaymentResponse"][];
        };
        AccountSaleResponse: {
            /** Format: uuid */
            saleId?: string;
            number?: string;
            /** Format: date */
            businessDate?: string;
            /** Format: date */
            dueDate?: string;
            payable?: string;
            paid?: string;
            owed?: string;
            /** Format: int32 */
            daysOverdue?: number;
        };
        AgeingResponse: {
            current?: string;
            days1To30?: string;
            days31To60?: string;
            days61To90?: string;
            over90?: string;
        };
        FiguresResponse: {
            /** Format: int64 */
            quantity?: number;
            revenue?: string;
            tax?: string;
            cost?: string;
            grossProfit?: string;
            margin?: string;
            /** Format: int32 */
            salesCount?: number;
            averageSale?: string;
        };
        ReportRowResponse: {
            key?: string;
            label?: string;
            figures?: components["schemas"]["FiguresResponse"];
        };
        SalesReportResponse: {
            /** Format: date */
            from?: string;
            /** Format: date */
            to?: string;
            /** @enum {string} */
            groupBy?: "DAY" | "WEEK" | "MONTH" | "PRODUCT" | "CATEGORY" | "CUSTOMER" | "CLERK" | "WAREHOUSE";
            currency?: string;
            rows?: components["schemas"]["ReportRowResponse"][];
            total?: components["schemas"]["FiguresResponse"];
        };
        PaymentTotalResponse: {
            method?: string;
            takenBy?: string;
            amount?: string;
            /** Format: int32 */
            payments?: number;
        };
        PaymentsReportResponse: {
            /** Format: date */
            from?: string;
            /** Format: date */
            to?: string;
            currency?: string;
            rows?: components["schemas"]["PaymentTotalResponse"][];
            total?: components["schemas"]["PaymentTotalResponse"];
        };
        CustomerDebtResponse: {
            /** Format: uuid */
            customerId?: string;
            current?: string;
            days1To30?: string;
            days31To60?: string;
            days61To90?: string;
            over90?: string;
            unallocated?: string;
            total?: string;
            /** Format: int32 */
            openSales?: number;
        };
        DebtsReportResponse: {
            /** Format: date */
            asOf?: string;
            currency?: string;
            rows?: components["schemas"]["CustomerDebtResponse"][];
            total?: components["schemas"]["CustomerDebtResponse"];
        };
        ClerkDayResponse: {
            /** Format: date */
            day?: string;
            clerk?: string;
            currency?: string;
            /** Format: int64 */
            quantity?: number;
            revenue?: string;
            tax?: string;
            /** Format: int32 */
            salesCount?: number;
            payments?: components["schemas"]["PaymentTotalResponse"][];
        };
        DashboardResponse: {
            /** Format: date */
            today?: string;
            currency?: string;
            /** Format: int32 */
            moneyScale?: number;
            periods?: components["schemas"]["PeriodResponse"][];
            owed?: string;
        };
        PeriodResponse: {
            /** @enum {string} */
            period?: "TODAY" | "WEEK" | "MONTH";
            /** Format: date */
            from?: string;
            /** Format: date */
            to?: string;
            /** Format: date */
            previousFrom?: string;
            /** Format: date */
            previousTo?: string;
            current?: components["schemas"]["FiguresResponse"];
            previous?: components["schemas"]["FiguresResponse"];
            paymentsReceived?: string;
            previousPaymentsReceived?: string;
            topProducts?: components["schemas"]["TopProductResponse"][];
        };
        TopProductResponse: {
            /** Format: uuid */
            productId?: string;
            sku?: string;
            name?: string;
            figures?: components["schemas"]["FiguresResponse"];
        };
        ContainersReportResponse: {
            /** Format: date */
            asOf?: string;
            currency?: string;
            rows?: components["schemas"]["CustomerContainersResponse"][];
            total?: components["schemas"]["CustomerContainersResponse"];
        };
        CustomerContainersResponse: {
            /** Format: uuid */
            customerId?: string;
            /** Format: uuid */
            containerTypeId?: string;
            code?: string;
            /** Format: int64 */
            consigned?: number;
            /** Format: int64 */
            due?: number;
            /** Format: int64 */
            held?: number;
            depositsHeld?: string;
        };
        SupplierPageResponse: {
            items?: components["schemas"]["SupplierResponse"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            totalPages?: number;
        };
        SupplierContainerResponse: {
            /** Format: uuid */
            containerTypeId?: string;
            code?: string;
            name?: string;
            /** Format: int64 */
            received?: number;
            /** Format: int64 */
            returned?: number;
            /** Format: int64 */
            held?: number;
            unitDeposit?: string;
            heldValue?: string;
            credited?: string;
        };
        SupplierContainersResponse: {
            currency?: string;
            containers?: components["schemas"]["SupplierContainerResponse"][];
            heldValue?: string;
            credited?: string;
            returns?: components["schemas"]["EmptiesReturnResponse"][];
        };
        SuggestionLine: {
            /** Format: uuid */
            productId?: string;
            /** Format: uuid */
            packId?: string;
            sku?: string;
            /** Format: int32 */
            unitsPerPack?: number;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            minimumStock?: number;
            /** Format: int64 */
            maximumStock?: number;
            /** Format: int64 */
            onOrder?: number;
            /** Format: int64 */
            shortfall?: number;
            /** Format: int64 */
            packs?: number;
            unitCost?: string;
        };
        SuggestionResponse: {
            /** Format: uuid */
            supplierId?: string;
            supplierCode?: string;
            supplierName?: string;
            lines?: components["schemas"]["SuggestionLine"][];
        };
        OrderPageResponse: {
            items?: components["schemas"]["OrderSummaryResponse"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            totalPages?: number;
        };
        OrderSummaryResponse: {
            /** Format: uuid */
            id?: string;
            number?: string;
            /** Format: uuid */
            supplierId?: string;
            supplierCode?: string;
            supplierName?: string;
            /** @enum {string} */
            state?: "DRAFT" | "SENT" | "CONFIRMED" | "PARTIALLY_RECEIVED" | "RECEIVED" | "CANCELLED" | "CLOSED";
            /** Format: date */
            businessDate?: string;
            /** Format: date */
            expectedDate?: string;
            currency?: string;
            net?: string;
            tax?: string;
            total?: string;
            /** Format: int32 */
            lineCount?: number;
        };
        DeliveryPageResponse: {
            items?: components["schemas"]["DeliveryResponse"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            totalPages?: number;
        };
        StockLevelResponse: {
            /** Format: uuid */
            productId?: string;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            reserved?: number;
            /** Format: int64 */
            available?: number;
            warehouses?: components["schemas"]["WarehouseStockResponse"][];
        };
        WarehouseStockResponse: {
            /** Format: uuid */
            warehouseId?: string;
            warehouseCode?: string;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            reserved?: number;
            /** Format: int64 */
            available?: number;
        };
        BalanceResponse: {
            /** Format: uuid */
            warehouseId?: string;
            warehouseCode?: string;
            /** Format: uuid */
            locationId?: string;
            locationCode?: string;
            lot?: string;
            /** Format: date */
            bestBefore?: string;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            reserved?: number;
            /** Format: int64 */
            available?: number;
            expired?: boolean;
        };
        ProductStockResponse: {
            /** Format: uuid */
            productId?: string;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            reserved?: number;
            /** Format: int64 */
            available?: number;
            /** Format: int64 */
            inTransit?: number;
            warehouses?: components["schemas"]["WarehouseStockResponse"][];
            balances?: components["schemas"]["BalanceResponse"][];
        };
        StockMovement: {
            /** Format: int64 */
            id?: number;
            /** Format: date-time */
            occurredAt?: string;
            /** @enum {string} */
            kind?: "RECEIPT" | "ISSUE" | "CUSTOMER_RETURN" | "ADJUSTMENT" | "TRANSFER_OUT" | "TRANSFER_IN" | "STOCKTAKE" | "BREAK_BULK_OUT" | "BREAK_BULK_IN";
            /** Format: int64 */
            quantity?: number;
            warehouseCode?: string;
            locationCode?: string;
            lot?: string;
            reference?: string;
            reason?: string;
            actor?: string;
        };
        StockValueResponse: {
            currency?: string;
            warehouses?: components["schemas"]["WarehouseValueResponse"][];
            atCost?: string;
            atRetail?: string;
        };
        WarehouseValueResponse: {
            /** Format: uuid */
            warehouseId?: string;
            warehouseCode?: string;
            warehouseName?: string;
            atCost?: string;
            atRetail?: string;
        };
        OverviewPage: {
            items?: components["schemas"]["OverviewRow"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
        };
        OverviewRow: {
            /** Format: uuid */
            productId?: string;
            sku?: string;
            name?: string;
            /** Format: uuid */
            categoryId?: string;
            active?: boolean;
            /** Format: int64 */
            minimumStock?: number;
            /** Format: int64 */
            maximumStock?: number;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            reserved?: number;
            /** Format: int64 */
            available?: number;
            /** @enum {string} */
            status?: "OK" | "LOW" | "OUT";
        };
        ExpiringLotResponse: {
            /** Format: uuid */
            productId?: string;
            sku?: string;
            name?: string;
            warehouseCode?: string;
            /** Format: uuid */
            locationId?: string;
            locationCode?: string;
            lot?: string;
            /** Format: date */
            bestBefore?: string;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            daysLeft?: number;
            expired?: boolean;
        };
        ConsistencyReport: {
            consistent?: boolean;
            discrepancies?: components["schemas"]["LedgerDiscrepancy"][];
        };
        LedgerDiscrepancy: {
            /** Format: uuid */
            productId?: string;
            /** Format: uuid */
            locationId?: string;
            lot?: string;
            /** Format: int64 */
            onHand?: number;
            /** Format: int64 */
            expectedOnHand?: number;
            /** Format: int64 */
            reserved?: number;
            /** Format: int64 */
            expectedReserved?: number;
        };
        EmptiesCount: {
            /** Format: uuid */
            containerTypeId?: string;
            code?: string;
            name?: string;
            /** Format: int64 */
            quantity?: number;
        };
        EmptiesStock: {
            /** Format: uuid */
            warehouseId?: string;
            warehouseCode?: string;
            warehouseName?: string;
            empties?: components["schemas"]["EmptiesCount"][];
        };
        UserPage: {
            items?: components["schemas"]["UserResponse"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            totalPages?: number;
        };
        ApiToken: {
            /** Format: uuid */
            id?: string;
            name?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            lastUsedAt?: string;
            /** Format: date-time */
            revokedAt?: string;
        };
        AuditPage: {
            items?: components["schemas"]["Row"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            totalPages?: number;
        };
        Row: {
            /** Format: int64 */
            id?: number;
            /** Format: date-time */
            occurredAt?: string;
            username?: string;
            action?: string;
            outcome?: string;
            clientAddress?: string;
            detail?: string;
            traceId?: string;
        };
        UnitResponse: {
            /** @enum {string} */
            code?: "BOTTLE" | "CAN" | "PIECE" | "LITRE" | "KILOGRAM" | "PACK";
            name?: string;
        };
        ProductPageResponse: {
            items?: components["schemas"]["ProductSummaryResponse"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            totalItems?: number;
            /** Format: int64 */
            totalPages?: number;
        };
        ProductSummaryResponse: {
            /** Format: uuid */
            id?: string;
            sku?: string;
            name?: string;
            /** Format: uuid */
            categoryId?: string;
            categoryName?: string;
            sellable?: boolean;
            /** @enum {string} */
            baseUnit?: "BOTTLE" | "CAN" | "PIECE" | "LITRE" | "KILOGRAM" | "PACK";
            active?: boolean;
            price?: string;
            taxRate?: string;
        };
        BarcodeResponse: {
            barcode?: string;
            /** Format: uuid */
            productId?: string;
            /** Format: uuid */
            packId?: string;
            /** Format: int32 */
            unitsPerPack?: number;
            product?: components["schemas"]["ProductSummaryResponse"];
        };
        CsrfTokenResponse: {
            headerName?: string;
            token?: string;
        };
        /** @description An RFC 9457 problem; some types add members of their own (insufficient-stock: productId, requested, available; the duplicate types: value) */
        Problem: {
            /**
             * Format: uri
             * @description Stable problem type, https://elif.io/problems/<slug>
             */
            type: string;
            /** @description Short summary of the type */
            title: string;
            /**
             * Format: int32
             * @description The HTTP status
             */
            status: number;
            /** @description What went wrong, for people */
            detail?: string;
            /**
             * Format: uri-reference
             * @description The request's path
             */
            instance?: string;
            /** @description For bad input: each invalid field */
            errors?: {
                /** @description The field's path, e.g. lines[0].quantity */
                field: string;
                /** @description What is wrong with it */
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    changeTill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TillRequest"];
            };
        };
        responses: {
            /** @description The till as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TillResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is taken (`duplicate-code`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceSaleLines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceLinesRequest"];
            };
        };
        responses: {
            /** @description The draft with its new lines and totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The sale is no longer a draft (`sale-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeSaleCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaleCustomerRequest"];
            };
        };
        responses: {
            /** @description The draft with its new customer, level, lines and totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The sale is no longer a draft (`sale-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCustomerRequest"];
            };
        };
        responses: {
            /** @description The customer as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSupplierRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeSupplierProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                supplierProductId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplierProductTermsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierProductResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceOrderLines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceLinesRequest"];
            };
        };
        responses: {
            /** @description The order with its new lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The order is no longer a draft (`purchase-order-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceDeliveryLines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceDeliveryLinesRequest"];
            };
        };
        responses: {
            /** @description The delivery with its new lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The delivery is confirmed: its lines are final (`delivery-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WarehouseChangeRequest"];
            };
        };
        responses: {
            /** @description The warehouse as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Warehouse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The default warehouse stays in use, or negative stock is still held when forbidding it (`stock-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                locationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationChangeRequest"];
            };
        };
        responses: {
            /** @description The location as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The default location stays in use (`stock-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    count: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountsRequest"];
            };
        };
        responses: {
            /** @description The sheet with the counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StocktakeResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stocktake is no longer being counted (`stock-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RolesRequest"];
            };
        };
        responses: {
            /** @description The user with the new roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nobody changes their own roles (`own-roles`), and the last active administrator keeps the role (`last-admin`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsBody"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsBody"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeTaxClass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxClassRequest"];
            };
        };
        responses: {
            /** @description The tax class as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxClassResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The name is taken (`duplicate-tax-class`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    settings_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogSettings"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogSettings"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetailResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeProductRequest"];
            };
        };
        responses: {
            /** @description The product as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetailResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A barcode is taken (`duplicate-barcode`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                packId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePackRequest"];
            };
        };
        responses: {
            /** @description The pack as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The barcode is taken (`duplicate-barcode`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attachContainers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContainersRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerLoadResponse"][];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeContainer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContainerChangeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryRequest"];
            };
        };
        responses: {
            /** @description The category as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The name is taken (`duplicate-category`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TillListResponse"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TillRequest"];
            };
        };
        responses: {
            /** @description The till */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TillResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is taken, whatever its case (`duplicate-code`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openTillSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenSessionRequest"];
            };
        };
        responses: {
            /** @description The open session */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The till or the caller has a session open already (`till-session-open`, `conflict`: TILL or CLERK) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    moveTillCash: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CashMovementRequest"];
            };
        };
        responses: {
            /** @description The ledger's new line */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The session is closed (`till-closed`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeTillSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseSessionRequest"];
            };
        };
        responses: {
            /** @description The closed session (also when it already was) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchSales: {
        parameters: {
            query?: {
                number?: string;
                customerId?: string;
                state?: "DRAFT" | "CONFIRMED" | "COMPLETED" | "CANCELLED";
                from?: string;
                to?: string;
                clerk?: string;
                paymentStatus?: "UNPAID" | "PARTLY_PAID" | "PAID";
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalePageResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSale: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSaleRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new sale */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A counter sale's stock is short (`insufficient-stock`, naming the product) or what it leaves unpaid goes beyond the customer's credit limit (`credit-limit`, with the figures) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleReturnResponse"][];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnGoods: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaleReturnRequest"];
            };
        };
        responses: {
            /** @description The return, numbered R-YYYY-NNNNNN */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleReturnResponse"];
                };
            };
            /** @description A line that does not exist, named twice or more than is left (naming lines[i]); a refund without refundMethod; or invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The sale is not completed, or returned in full (`sale-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    payOnSale: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentBody"];
            };
        };
        responses: {
            /** @description The payment, allocated to the sale */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The sale is not completed (`sale-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmSale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sale as confirmed (also when it already was) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stock is short (`insufficient-stock`) or the sale is completed or cancelled (`sale-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeSale: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CompleteSaleRequest"];
            };
        };
        responses: {
            /** @description The sale as completed (also when it already was) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stock is short (`insufficient-stock`), the sale is cancelled (`sale-state`) or what it leaves unpaid goes beyond the customer's credit limit (`credit-limit`, with the figures) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelSale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sale as cancelled (also when it already was) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The sale is completed: a return takes its goods back (`sale-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchCustomers: {
        parameters: {
            query?: {
                q?: string;
                active?: boolean;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPageResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            /** @description Registered; Location names the new customer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is taken, whatever its case (`duplicate-code`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    payOnAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentBody"];
            };
        };
        responses: {
            /** @description The payment with the sales it settled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnContainers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContainerReturnRequest"];
            };
        };
        responses: {
            /** @description The return of empties, numbered E-YYYY-NNNNNN */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerReturnResponse"];
                };
            };
            /** @description A container the customer holds none of, or more than they hold (naming lines[i]); or invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many events of each kind were replayed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rebuilt"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchSuppliers: {
        parameters: {
            query?: {
                q?: string;
                active?: boolean;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierPageResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSupplier: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSupplierRequest"];
            };
        };
        responses: {
            /** @description Registered; Location names the new supplier */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is taken, whatever its case (`duplicate-code`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supplierProducts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierProductResponse"][];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addSupplierProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplierProductRequest"];
            };
        };
        responses: {
            /** @description Listed; marked preferred, it took the mark from the product's other suppliers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierProductResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The supplier lists this pack already (`duplicate-supplier-product`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnEmpties: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptiesReturnRequest"];
            };
        };
        responses: {
            /** @description Returned; Location names the supplier's containers */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptiesReturnResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    orderSuggestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path: {
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft order; Location names it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing to reorder from the supplier (`nothing-to-reorder`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchOrders: {
        parameters: {
            query?: {
                q?: string;
                supplierId?: string;
                state?: ("DRAFT" | "SENT" | "CONFIRMED" | "PARTIALLY_RECEIVED" | "RECEIVED" | "CANCELLED" | "CLOSED")[];
                from?: string;
                to?: string;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPageResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseOrderRequest"];
            };
        };
        responses: {
            /** @description The closed order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The order is not awaiting goods (`purchase-order-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Goods have arrived or the order has ended (`purchase-order-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchDeliveries: {
        parameters: {
            query?: {
                orderId?: string;
                supplierId?: string;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes for this submission (a UUID, say): sent again with the same request, the first answer is replayed (with `Idempotent-Replayed: true`) instead of a second document being created; kept 24 hours at least, per user */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDeliveryRequest"];
            };
        };
        responses: {
            /** @description Recorded; Location names the delivery */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The order takes no goods in its state (`purchase-order-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the Idempotency-Key was sent before with another request (`idempotency-key-reused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConfirmDeliveryRequest"];
            };
        };
        responses: {
            /** @description The confirmed delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More than ordered without an override (`over-delivery`), or the order takes no goods in its state (`purchase-order-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    warehouses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Warehouse"][];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWarehouseRequest"];
            };
        };
        responses: {
            /** @description Created; Location names it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Warehouse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is taken (`duplicate-code`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewLocationRequest"];
            };
        };
        responses: {
            /** @description Created; Location names it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is taken (`duplicate-code`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transfers: {
        parameters: {
            query?: {
                state?: "IN_TRANSIT" | "RECEIVED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"][];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    send: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Created; Location names it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not enough stock to send (`insufficient-stock`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The received transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The transfer was received already (`stock-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stocktakes: {
        parameters: {
            query?: {
                state?: "COUNTING" | "SUBMITTED" | "APPROVED" | "CANCELLED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StocktakeResponse"][];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRequest"];
            };
        };
        responses: {
            /** @description Created; Location names it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StocktakeResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submitted sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StocktakeResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stocktake is no longer being counted (`stock-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StocktakeResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stocktake is approved or cancelled already (`stock-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approved sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StocktakeResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stocktake is not submitted (`stock-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receive_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptRequest"];
            };
        };
        responses: {
            /** @description Booked; the products' new levels */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    breakBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakBulkRequest"];
            };
        };
        responses: {
            /** @description Booked; both products' new levels */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Result"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not enough of the source product (`insufficient-stock`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adjust: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustmentRequest"];
            };
        };
        responses: {
            /** @description Adjusted; the product's new level */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LevelResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not enough stock to take out (`insufficient-stock`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query?: {
                q?: string;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUserRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The username or email is taken (`duplicate-user`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPasswordRequest"];
            };
        };
        responses: {
            /** @description Set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disabled user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nobody disables themselves (`own-account`), and the last active administrator stays (`last-admin`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUpTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetup"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordRequest"];
            };
        };
        responses: {
            /** @description Two-factor authentication is off */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The password is wrong (`wrong-password`); or invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeRequest"];
            };
        };
        responses: {
            /** @description Two-factor authentication is on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The code is wrong (`totp-invalid`); or invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"][];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Created, with the token's secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiToken"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeRequest"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current password is wrong (`wrong-password`); or invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    taxClasses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxClassResponse"][];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTaxClass: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxClassRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxClassResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The name is taken (`duplicate-tax-class`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search_1: {
        parameters: {
            query?: {
                q?: string;
                categoryId?: string;
                active?: boolean;
                sellable?: boolean;
                sort?: string;
                direction?: string;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPageResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new product */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetailResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The SKU or a barcode is taken (`duplicate-sku`, `duplicate-barcode`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    priceHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceChangeResponse"][];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPrice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceChangeResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addPack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The barcode is taken (`duplicate-barcode`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetailResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetailResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    containers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerResponse"][];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContainer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContainerRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code is taken (`duplicate-container-code`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    categories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"][];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The name is taken (`duplicate-category`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description The tenant, when the host's subdomain does not name it */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in: the session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`); or no tenant named (`tenant-missing`), a malformed one (`tenant-invalid`), or host and header naming different tenants (`tenant-conflict`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong credentials (`invalid-credentials`), or a two-factor code is needed (`totp-required`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant (`tenant-unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed attempts; Retry-After says when to try again (`too-many-attempts`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    current: {
        parameters: {
            query?: never;
            header?: {
                /** @description The tenant, when the host's subdomain does not name it */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantStatus"];
                };
            };
            /** @description No tenant named (`tenant-missing`), a malformed one (`tenant-invalid`), or host and header naming different tenants (`tenant-conflict`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant (`tenant-unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchTillSessions: {
        parameters: {
            query?: {
                tillId?: string;
                clerk?: string;
                state?: "OPEN" | "CLOSED";
                from?: string;
                to?: string;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPageResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTillSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tillSessionReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    currentTillSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentSessionResponse"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSaleReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleReceiptResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSaleInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, shown inline, named after the sale's number */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The sale is cancelled: it has no invoice (`sale-state`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    containers_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainerAccountResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    walkInCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    salesReport: {
        parameters: {
            query: {
                from: string;
                to: string;
                groupBy?: "DAY" | "WEEK" | "MONTH" | "PRODUCT" | "CATEGORY" | "CUSTOMER" | "CLERK" | "WAREHOUSE";
                productId?: string;
                customerId?: string;
                clerk?: string;
                warehouseId?: string;
                sort?: "KEY" | "QUANTITY" | "REVENUE" | "TAX" | "COST" | "GROSS_PROFIT" | "MARGIN" | "SALES_COUNT";
                direction?: "ASC" | "DESC";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows and the range's total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesReportResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    salesReportFile: {
        parameters: {
            query: {
                from: string;
                to: string;
                groupBy?: "DAY" | "WEEK" | "MONTH" | "PRODUCT" | "CATEGORY" | "CUSTOMER" | "CLERK" | "WAREHOUSE";
                productId?: string;
                customerId?: string;
                clerk?: string;
                warehouseId?: string;
                sort?: "KEY" | "QUANTITY" | "REVENUE" | "TAX" | "COST" | "GROSS_PROFIT" | "MARGIN" | "SALES_COUNT";
                direction?: "ASC" | "DESC";
            };
            header?: never;
            path: {
                format: "csv" | "xlsx" | "pdf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a file to download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    payments: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows and their total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentsReportResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    paymentsFile: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                format: "csv" | "xlsx" | "pdf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a file to download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    owed: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per customer who owes or is owed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebtsReportResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    owedFile: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                format: "csv" | "xlsx" | "pdf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a file to download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myDay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClerkDayResponse"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, SALES) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardResponse"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    containers_2: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per customer and container type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContainersReportResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    containersFile: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                format: "csv" | "xlsx" | "pdf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a file to download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    supplierContainers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierContainersResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reorderSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionResponse"][];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrderDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, shown inline, named after the order's number */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stocktake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StocktakeResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stockOf: {
        parameters: {
            query: {
                productIds: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevelResponse"][];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stockOf_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductStockResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    movements: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovement"][];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    value: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockValueResponse"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    overview: {
        parameters: {
            query?: {
                q?: string;
                warehouseId?: string;
                categoryId?: string;
                status?: "ALL" | "OK" | "LOW" | "OUT";
                active?: boolean;
                sort?: "name" | "sku" | "onHand" | "available";
                direction?: "asc" | "desc";
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewPage"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    nearExpiry: {
        parameters: {
            query?: {
                days?: number;
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpiringLotResponse"][];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lowStock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewRow"][];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    consistency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyReport"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    empties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptiesStock"][];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN, MANAGER, WAREHOUSE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search_2: {
        parameters: {
            query?: {
                action?: string;
                outcome?: string;
                username?: string;
                from?: string;
                to?: string;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it (`access-denied`; allowed: ADMIN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    units: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"][];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    barcode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BarcodeResponse"];
                };
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    csrf: {
        parameters: {
            query?: never;
            header?: {
                /** @description The tenant, when the host's subdomain does not name it */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrfTokenResponse"];
                };
            };
            /** @description No tenant named (`tenant-missing`), a malformed one (`tenant-invalid`), or host and header naming different tenants (`tenant-conflict`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such tenant (`tenant-unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (`validation`, naming each field in errors, or `malformed-request`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session still waiting for its two-factor set-up has no role yet (`access-denied`); or the CSRF pair is missing or wrong (`csrf`; an API token needs none) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id in the tenant (`not-found`), as for another tenant's ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant's database does not answer (`tenant-unavailable`); try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
