/** Imports of customers from CSV: uploaded, followed, and their failed rows listed and downloaded by the uploader. */
package io.crm.rest.customerimport;
