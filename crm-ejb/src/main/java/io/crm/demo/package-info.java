/** The demo run: demo users and teams, and sample customers, present only when demo mode is on ({@code CRM_DEMO=true}). */
package io.crm.demo;
