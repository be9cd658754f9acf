-- The city a customer has goods delivered to, as "Name, CC" of the built-in list
-- (allocation/cities.csv); null until chosen. "Buy from any manufacturer" starts from it.
alter table customer add column delivery_city varchar(120);
