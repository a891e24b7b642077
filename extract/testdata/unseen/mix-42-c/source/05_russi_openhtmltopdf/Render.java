// Renders determinazione.xhtml with openhtmltopdf (PDFBox back end), as a Java "atti" web app would.
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.*;
public class Render {
    public static void main(String[] a) throws Exception {
        try (OutputStream os = new FileOutputStream(a[1])) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            String fd = "/usr/share/fonts/truetype/liberation/";
            b.useFont(new File(fd + "LiberationSans-Regular.ttf"), "LSans", 400, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(new File(fd + "LiberationSans-Bold.ttf"), "LSans", 700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(new File(fd + "LiberationSans-Italic.ttf"), "LSans", 400, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.ITALIC, true);
            b.useFont(new File(fd + "LiberationSerif-Bold.ttf"), "LSerif", 700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            b.withFile(new File(a[0]));
            b.toStream(os);
            b.run();
        }
    }
}
