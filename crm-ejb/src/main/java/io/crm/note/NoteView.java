package io.crm.note;

import io.crm.permission.PiiMasker;
import java.time.Instant;

/** A note as one caller may see it: {@code textMasked} tells that phone numbers and emails in it were masked. */
public record NoteView(
        long id,
        long version,
        long customerId,
        String authorId,
        String text,
        boolean textMasked,
        Instant createdAt,
        Instant updatedAt) {

    public static NoteView of(Note note, boolean clear) {
        String text = clear ? note.text() : PiiMasker.inText(note.text());
        return new NoteView(
                note.id(),
                note.version(),
                note.customerId(),
                note.authorId(),
                text,
                !clear && !text.equals(note.text()),
                note.createdAt().toInstant(),
                note.updatedAt().toInstant());
    }
}
