package nl.buurtkracht.system;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reading CSV files as people's spreadsheets save them, for every import in the platform. */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** UTF-8 as it should be; files saved by older spreadsheets are Latin-1, which reads "é" right too. */
    public static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Spreadsheets in Dutch save with {@code ;}, most tools with {@code ,}: the header tells which. */
    public static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header
            .chars()
            .filter(c -> c == ';')
            .count();
        long commas = header
            .chars()
            .filter(c -> c == ',')
            .count();
        return semicolons > commas ? ';' : ',';
    }
}
