/**
 * Benchmarks (not tests): they deploy the built EAR on PostgreSQL, load data, drive the API with concurrent
 * clients and print throughput and latency beside a plain JDBC baseline served by the same server. Run with
 * {@code ./mvnw clean verify -Ppostgres,benchmark}; see docs/benchmarks.md.
 */
package io.crm.bench;
