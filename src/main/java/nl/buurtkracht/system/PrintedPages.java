package nl.buurtkracht.system;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;

/**
 * Pages for paper, for people without internet: XHTML (from a Thymeleaf template) to PDF, and QR
 * codes as images inside them. No files or network needed.
 */
public final class PrintedPages {

    /** Pixels per QR module: sharp when printed at a few centimetres. */
    private static final int QR_SCALE = 8;

    static {
        // openhtmltopdf logs timings at INFO for every render; only its warnings belong in our log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PrintedPages() {}

    /** A PNG data URI of a QR code, so that the PDF needs no files or network. */
    public static String qrImage(String content) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(
                content,
                BarcodeFormat.QR_CODE,
                0,
                0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2)
            );
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of " + content.length() + " characters", e);
        }
        var image = new BufferedImage(
            matrix.getWidth() * QR_SCALE,
            matrix.getHeight() * QR_SCALE,
            BufferedImage.TYPE_BYTE_BINARY
        );
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / QR_SCALE, y / QR_SCALE) ? 0x000000 : 0xFFFFFF);
            }
        }
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    public static byte[] toPdf(String xhtml) {
        var pdf = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
