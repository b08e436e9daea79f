-- Scores for a caller with a scope of their own are counted at the request over the customers in reach: this index
-- takes the join from those customers to their answers of one survey and month range without reading the survey whole.
CREATE INDEX survey_response_customer_idx ON survey_response (customer_id, survey_id, response_month);
