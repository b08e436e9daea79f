/**
 * The customer-import job and its start: an uploaded CSV (any of UTF-8, UTF-16 with a byte order mark, GBK/GB18030;
 * comma, semicolon or tab) is read with its header mapped to the customer's fields, each row turned into the JSON
 * body POST /customers takes, and taken as the uploading user by {@link io.crm.customerimport.CustomerImports}.
 */
package io.crm.batch.customerimport;
