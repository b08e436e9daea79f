package io.crm.batch.operation;

/**
 * The batch runtime's tag of a job instance: {@code <config>:<application>_<module>_<component>_<deployment id>}.
 */
final class ApplicationTag {

    private ApplicationTag() {}

    /** The part of a tag that every component of the application shares, or null when the tag is of another. */
    static String prefix(String tag, String application) {
        int colon = tag.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String prefix = tag.substring(0, colon + 1) + application + "_";
        return tag.startsWith(prefix) ? prefix : null;
    }

    /** A LIKE pattern (escape character '!') of the tags that begin with the prefix. */
    static String like(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
