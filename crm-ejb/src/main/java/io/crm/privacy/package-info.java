/**
 * The rights of the people the CRM holds data about: the export of everything held about a person, erasure by
 * anonymization, legal holds that stop it, the suppression list that flags an erased phone or email coming back,
 * and the retention rule that erases customers inactive for years.
 */
package io.crm.privacy;
