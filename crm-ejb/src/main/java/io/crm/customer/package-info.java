/**
 * Customer records (用户数据管理): people and companies with their contact points, demographics, consents,
 * owner and team, tier and lifecycle stage, and the purchases that feed their value metrics.
 */
package io.crm.customer;
