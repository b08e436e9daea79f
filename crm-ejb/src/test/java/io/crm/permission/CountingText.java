package io.crm.permission;

/** A text that counts how many times its characters are looked at: the work a scan over it does. */
final class CountingText implements CharSequence {

    private final String text;
    private long looks;

    CountingText(String text) {
        this.text = text;
    }

    long looks() {
        return looks;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        looks++;
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        looks += end - start;
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
