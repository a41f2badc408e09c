-- One word for one thing: the product's stock card is the table stock_card (it was stock_record).
alter table stock_record rename to stock_card;
alter table stock_card rename constraint stock_record_pkey to stock_card_pkey;
