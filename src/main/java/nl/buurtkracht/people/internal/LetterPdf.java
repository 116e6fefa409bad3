package nl.buurtkracht.people.internal;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.people.HouseholdCodes.Letter;
import nl.buurtkracht.people.NeighbourhoodOverview;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns household letters into one printable PDF, an A4 page per address, so that a community
 * builder can post every household its code. Public because the letters page in {@code web} calls
 * {@link #render}; everything else stays inside the module.
 */
@Component
public class LetterPdf {

    /** One letter as the template shows it: the address, the code, its expiry and a QR code. */
    record Page(String houseLabel, String postcode, String printedCode, String expires, String qrImage) {}

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Pixels per QR module: sharp when printed at a few centimetres. */
    private static final int QR_SCALE = 8;

    private final ITemplateEngine templates;
    private final NeighbourhoodOverview overview;
    private final Clock clock;
    private final String publicUrl;

    LetterPdf(
        ITemplateEngine templates,
        NeighbourhoodOverview overview,
        Clock clock,
        @Value("${buurtkracht.public-url}") String publicUrl
    ) {
        this.templates = templates;
        this.overview = overview;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        // openhtmltopdf logs timings at INFO for every render; only its warnings belong in our log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /** The letters of one street as a PDF, in the language of {@code locale}. */
    public byte[] render(StreetView street, List<Letter> letters, Locale locale) {
        var context = new Context(
            locale,
            Map.of(
                "street",
                street,
                "pages",
                letters.stream().map(this::page).toList(),
                "joinAddress",
                publicUrl.replaceFirst("^https?://", "") + "/join",
                "today",
                LocalDate.now(clock).format(DATE),
                "builders",
                String.join(", ", overview.builders(street.neighbourhoodId()))
            )
        );
        return toPdf(templates.process("letters/letter", context));
    }

    Page page(Letter letter) {
        var address = letter.address();
        return new Page(
            address.houseLabel(),
            address.postcode().substring(0, 4) + " " + address.postcode().substring(4),
            letter.printedCode(),
            letter.expiresAt().atZone(clock.getZone()).format(DATE),
            qrImage(publicUrl + "/join?code=" + letter.code())
        );
    }

    /** A PNG data URI of a QR code, so that the PDF needs no files or network. */
    static String qrImage(String content) {
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

    static byte[] toPdf(String xhtml) {
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
