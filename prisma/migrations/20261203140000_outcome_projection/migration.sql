-- The public outcome projection's calendar (issue #16): a report's Jalali year and month of submission, and
-- the Tehran calendar day of an instant, computed in SQL so that one set-based statement
-- (lib/outcomes/outcome-projection.ts) rebuilds every PublicOutcome row. PostgreSQL has no Jalali
-- calendar; the arithmetic rule is long and the 33-year cycle drifts, so the year starts are a table:
-- the Gregorian date of Farvardin 1 for 1300–1500, generated once with jalaali-js (the library
-- lib/i18n/format.ts uses), so the database and the application cannot disagree. Within a year the months
-- are 6 × 31, 5 × 30 and Esfand 29 or 30 days, so the day of the year gives the month. Days outside the
-- table give NULL. lib/outcomes/outcome-projection.integration.test.ts compares every day of several
-- years, leap Esfand 30 and common Esfand 29 included, with toJalali.
-- The functions are plain expressions, so PostgreSQL inlines them into the query (no call per row).

-- Farvardin 1 of Jalali year jy (1300–1500), as a Gregorian date; NULL outside.
CREATE FUNCTION sajam_nowruz(jy INTEGER) RETURNS DATE
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ('{
    1921-03-21,1922-03-22,1923-03-22,1924-03-21,1925-03-21,1926-03-22,1927-03-22,1928-03-21,1929-03-21,1930-03-21,
    1931-03-22,1932-03-21,1933-03-21,1934-03-21,1935-03-22,1936-03-21,1937-03-21,1938-03-21,1939-03-22,1940-03-21,
    1941-03-21,1942-03-21,1943-03-22,1944-03-21,1945-03-21,1946-03-21,1947-03-22,1948-03-21,1949-03-21,1950-03-21,
    1951-03-22,1952-03-21,1953-03-21,1954-03-21,1955-03-22,1956-03-21,1957-03-21,1958-03-21,1959-03-22,1960-03-21,
    1961-03-21,1962-03-21,1963-03-21,1964-03-21,1965-03-21,1966-03-21,1967-03-21,1968-03-21,1969-03-21,1970-03-21,
    1971-03-21,1972-03-21,1973-03-21,1974-03-21,1975-03-21,1976-03-21,1977-03-21,1978-03-21,1979-03-21,1980-03-21,
    1981-03-21,1982-03-21,1983-03-21,1984-03-21,1985-03-21,1986-03-21,1987-03-21,1988-03-21,1989-03-21,1990-03-21,
    1991-03-21,1992-03-21,1993-03-21,1994-03-21,1995-03-21,1996-03-20,1997-03-21,1998-03-21,1999-03-21,2000-03-20,
    2001-03-21,2002-03-21,2003-03-21,2004-03-20,2005-03-21,2006-03-21,2007-03-21,2008-03-20,2009-03-21,2010-03-21,
    2011-03-21,2012-03-20,2013-03-21,2014-03-21,2015-03-21,2016-03-20,2017-03-21,2018-03-21,2019-03-21,2020-03-20,
    2021-03-21,2022-03-21,2023-03-21,2024-03-20,2025-03-21,2026-03-21,2027-03-21,2028-03-20,2029-03-20,2030-03-21,
    2031-03-21,2032-03-20,2033-03-20,2034-03-21,2035-03-21,2036-03-20,2037-03-20,2038-03-21,2039-03-21,2040-03-20,
    2041-03-20,2042-03-21,2043-03-21,2044-03-20,2045-03-20,2046-03-21,2047-03-21,2048-03-20,2049-03-20,2050-03-21,
    2051-03-21,2052-03-20,2053-03-20,2054-03-21,2055-03-21,2056-03-20,2057-03-20,2058-03-21,2059-03-21,2060-03-20,
    2061-03-20,2062-03-20,2063-03-21,2064-03-20,2065-03-20,2066-03-20,2067-03-21,2068-03-20,2069-03-20,2070-03-20,
    2071-03-21,2072-03-20,2073-03-20,2074-03-20,2075-03-21,2076-03-20,2077-03-20,2078-03-20,2079-03-21,2080-03-20,
    2081-03-20,2082-03-20,2083-03-21,2084-03-20,2085-03-20,2086-03-20,2087-03-21,2088-03-20,2089-03-20,2090-03-20,
    2091-03-21,2092-03-20,2093-03-20,2094-03-20,2095-03-20,2096-03-20,2097-03-20,2098-03-20,2099-03-20,2100-03-21,
    2101-03-21,2102-03-21,2103-03-21,2104-03-21,2105-03-21,2106-03-21,2107-03-21,2108-03-21,2109-03-21,2110-03-21,
    2111-03-21,2112-03-21,2113-03-21,2114-03-21,2115-03-21,2116-03-21,2117-03-21,2118-03-21,2119-03-21,2120-03-21,
    2121-03-21
  }'::date[])[jy - 1299];

-- The Jalali year of a calendar day (a Tehran day: see sajam_tehran_day).
CREATE FUNCTION sajam_jalali_year(day DATE) RETURNS INTEGER
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN sajam_nowruz(extract(year FROM day)::int - 622) IS NULL OR sajam_nowruz(extract(year FROM day)::int - 621) IS NULL THEN NULL
    WHEN day >= sajam_nowruz(extract(year FROM day)::int - 621) THEN extract(year FROM day)::int - 621
    ELSE extract(year FROM day)::int - 622
  END;

-- The Jalali month (1–12) of a calendar day: Farvardin–Shahrivar have 31 days, Mehr–Bahman 30, Esfand the rest.
CREATE FUNCTION sajam_jalali_month(day DATE) RETURNS INTEGER
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN day - sajam_nowruz(sajam_jalali_year(day)) < 186 THEN (day - sajam_nowruz(sajam_jalali_year(day))) / 31 + 1
    ELSE (day - sajam_nowruz(sajam_jalali_year(day)) - 186) / 30 + 7
  END;

-- The Tehran calendar day of an instant stored as UTC (Prisma's timestamp(3) columns).
CREATE FUNCTION sajam_tehran_day(at TIMESTAMP) RETURNS DATE
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN ((at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tehran')::date;
