/**
 * The survey-response-import job: takes a stored CSV of responses row by row; a row it cannot take is skipped and
 * recorded with its line and reason, up to the skip limit. See {@link io.crm.survey.SurveyImports}.
 */
package io.crm.batch.responseimport;
