package nl.buurtkracht.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.AreaViews.StreetView;
import nl.buurtkracht.people.HouseholdCodes.Letter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The printed letter: one page per address, the code in it, in the builder's language. */
@SpringBootTest
@AutoConfigureMockMvc
class LetterPdfTests {

    private static final StreetView STREET = new StreetView(-1, "Kastanjelaan", "Lindeveld", -1, "Centrum", 3);
    private static final Instant EXPIRES = Instant.parse("2026-06-30T10:00:00Z");

    @Autowired
    LetterPdf letterPdf;

    @Test
    void everyAddressGetsItsOwnPageWithItsCodeAndExpiryDate() throws Exception {
        var letters = List.of(letter(1, "", "ABCDEFGH"), letter(2, "A", "JKMNPQRS"), letter(3, "", "TUVWXYZ2"));

        try (PDDocument pdf = Loader.loadPDF(letterPdf.render(STREET, letters, Locale.forLanguageTag("nl")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pageText(pdf, 1))
                .contains("Aan de bewoners van Kastanjelaan 1, 1234 AB Lindeveld")
                .contains("ABCD-EFGH")
                .contains("30-06-2026")
                .contains("localhost:8080/join")
                .contains("één keer");
            assertThat(pageText(pdf, 2))
                .contains("Kastanjelaan 2a, 1234 AB")
                .contains("JKMN-PQRS")
                .doesNotContain("ABCD-EFGH");
            assertThat(pageText(pdf, 3)).contains("TUVW-XYZ2");
        }
    }

    @Test
    void theLetterFollowsTheBuildersLanguageAndStillFitsOnePage() throws Exception {
        var longName = new StreetView(-1, "Burgemeester Van Walsum Van Der Hoevenlaan", "Lindeveld", -1, "Centrum", 2);
        var letters = List.of(letter(1, "", "ABCDEFGH"), letter(2, "", "JKMNPQRS"));

        try (PDDocument pdf = Loader.loadPDF(letterPdf.render(longName, letters, Locale.ENGLISH))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(pdf, 1))
                .contains("To the residents of Burgemeester Van Walsum Van Der Hoevenlaan 1, 1234 AB Lindeveld")
                .contains("ABCD-EFGH")
                .contains("once");
        }
    }

    @Test
    void theQrCodeOpensTheJoinPageWithTheCodeFilledIn() throws Exception {
        String dataUri = letterPdf.page(letter(1, "", "ABCDEFGH")).qrImage();

        assertThat(dataUri).startsWith("data:image/png;base64,");
        var image = ImageIO.read(
            new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)))
        );
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
            new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))
        );
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("http://localhost:8080/join?code=ABCDEFGH");
    }

    private static Letter letter(int houseNumber, String houseLetter, String code) {
        var address = new AddressView(
            houseNumber,
            -1,
            "Kastanjelaan",
            -1,
            "1234AB",
            houseNumber,
            houseLetter,
            "",
            52.09,
            5.1
        );
        return new Letter(address, code, EXPIRES);
    }

    private static String pageText(PDDocument pdf, int page) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        // Lines break where the layout wraps them; compare the words, not the line breaks.
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
