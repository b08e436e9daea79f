package io.crm.batch.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLayoutTest {

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        return SealedImportFiles.write(Files.createTempFile(dir, "import", ".csv"), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String read(CsvLayout layout, Path file) throws IOException {
        try (Reader r = layout.open(file)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            int n;
            while ((n = r.read(buffer)) >= 0) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    @Test
    void utf8WithoutAMarkIsUtf8AndCommasAreFound() throws IOException {
        Path f = file("name,phones\n张伟,+8613800138000\n".getBytes(StandardCharsets.UTF_8));
        CsvLayout layout = CsvLayout.of(f, null);
        assertEquals(StandardCharsets.UTF_8, layout.charset());
        assertEquals(',', layout.delimiter());
        assertEquals(0, layout.bomBytes());
        assertEquals("name,phones\n张伟,+8613800138000\n", read(layout, f));
    }

    @Test
    void theByteOrderMarkNamesTheCharsetAndIsNotRead() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path f = file(concat(bom, "name;tags\n李娜;a\n".getBytes(StandardCharsets.UTF_8)));
        CsvLayout layout = CsvLayout.of(f, null);
        assertEquals(StandardCharsets.UTF_8, layout.charset());
        assertEquals(';', layout.delimiter());
        assertEquals("name;tags\n李娜;a\n", read(layout, f));

        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "name\t城市\n".getBytes(StandardCharsets.UTF_16LE));
        CsvLayout sixteen = CsvLayout.of(file(utf16), null);
        assertEquals(StandardCharsets.UTF_16LE, sixteen.charset());
        assertEquals('\t', sixteen.delimiter());
    }

    @Test
    void chineseExcelsGbkIsReadAsGb18030() throws IOException {
        String text = "姓名,手机,城市\n王芳,13800138000,上海\n\"赵, 强\",13900139000,北京\n";
        Path f = file(text.getBytes(Charset.forName("GBK")));
        CsvLayout layout = CsvLayout.of(f, null);
        assertEquals(CsvLayout.GB18030, layout.charset());
        assertEquals(',', layout.delimiter());
        assertEquals(text, read(layout, f));
    }

    @Test
    void aFileValidAsUtf8UntilItsLastBlockIsStillGbk() throws IOException {
        StringBuilder text = new StringBuilder("name,city\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Wang").append(i).append(",Shanghai\n");
        }
        text.append("王芳,上海\n");
        Path f = file(text.toString().getBytes(Charset.forName("GBK")));
        assertEquals(CsvLayout.GB18030, CsvLayout.of(f, null).charset());
    }

    @Test
    void anOverrideWinsAndAnUnknownCharsetIsA400() throws IOException {
        Path f = file("name\nWang\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(CsvLayout.GB18030, CsvLayout.of(f, "GB18030").charset());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvLayout.of(f, "klingon-8"));
        assertEquals("charset", e.violations().get(0).field());
    }

    @Test
    void delimitersInsideQuotesDoNotCount() throws IOException {
        Path f = file("\"a;b;c;d\";\"e\",name,phones\nx,y,z\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(',', CsvLayout.of(f, null).delimiter());
        Path tabs = file("name\tphones\ttags\nWang\t\ta;b\n".getBytes(StandardCharsets.UTF_8));
        assertEquals('\t', CsvLayout.of(tabs, null).delimiter());
        Path single = file("name\nWang\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(',', CsvLayout.of(single, null).delimiter());
    }
}
