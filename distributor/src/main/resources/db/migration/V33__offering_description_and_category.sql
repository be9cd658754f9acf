-- What the manufacturer's catalogue says a product is and what kind it is, from the
-- snapshot's optional fields (cleaned like names, markup kept as text and escaped when
-- shown); null from manufacturers that send neither. A snapshot that stops sending them
-- keeps the last ones, as a name does. The dashboard filters by category.
alter table offering add column description varchar(2000);
alter table offering add column category varchar(60);
create index offering_category on offering (category);
