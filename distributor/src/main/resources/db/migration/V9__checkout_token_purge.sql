-- Unused checkout tokens are forgotten for every customer at once by a scheduled purge
-- (ordering.CheckoutTokenPurge), no longer one customer's at a time on every checkout page.
create index checkout_token_issued on checkout_token (issued_at);
