package io.crm.survey;

import io.crm.encryption.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * A CSV of responses for one survey, kept for the import job (and its restarts) to read, and dropped once the import
 * has completed.
 */
@Entity
@Table(name = "survey_import")
public class SurveyImport {

    @Id
    @SequenceGenerator(name = "survey_import_seq", sequenceName = "survey_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_import_seq")
    private long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    /** The uploaded file: its comments are personal data, so it is sealed whole; null once dropped. */
    @Convert(converter = SealedText.class)
    private String content;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SurveyImport() {}

    SurveyImport(long surveyId, String content, String createdBy, OffsetDateTime createdAt) {
        this.surveyId = surveyId;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public long surveyId() {
        return surveyId;
    }

    /** The file, or empty once the import has completed and dropped it. */
    public Optional<String> content() {
        return Optional.ofNullable(content);
    }

    void drop() {
        content = null;
    }

    /** Blanks the comments of the rows answering these tokens; answers whether any was blanked. */
    boolean blankComments(Set<String> tokens) {
        if (content == null) {
            return false;
        }
        String blanked = ResponseFile.withoutComments(content, tokens);
        if (blanked.equals(content)) {
            return false;
        }
        content = blanked;
        return true;
    }
}
