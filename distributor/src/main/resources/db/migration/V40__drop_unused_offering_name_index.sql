-- No query of offering filters or sorts by product_name in a way this index serves: the
-- dashboard searches with lower(product_name) like '%...%' and sorts groups of a sku by
-- min(product_name). It was the largest of offering's indexes, written by every insert
-- and every update that moves a row (the first pull's, issue #19: docs/benchmarks.md).
drop index offering_product_name;
