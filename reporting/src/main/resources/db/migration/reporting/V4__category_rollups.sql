-- Sales by category: the rollups gain the CATEGORY dimension (a product's category id when it was sold, '' for a
-- product without one), and a sale keeps each product's category of that moment so that its returns come off the
-- same row even when the product has moved since.
alter table daily_sales drop constraint daily_sales_dimension_check;
alter table daily_sales add constraint daily_sales_dimension_check
    check (dimension in ('TOTAL', 'PRODUCT', 'CATEGORY', 'CUSTOMER', 'CLERK', 'WAREHOUSE'));

alter table sale_product add column category_key text not null default '';
