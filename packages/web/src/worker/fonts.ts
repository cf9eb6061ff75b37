// Tinos (Times New Roman metrics, every Vietnamese glyph) embedded in the page as data: URLs. fetch() of a data: URL
// is refused by the page's connect-src 'none', so the base64 is decoded by hand.
import normal from "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?inline";
import italics from "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?inline";
import bold from "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?inline";
import bolditalics from "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?inline";
import type { PdfFonts } from "@tiepdan/reporting/pdf";

function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(",") + 1));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

let cached: PdfFonts | undefined;

/** The four faces of Tinos for `renderPdf`. */
export function pdfFonts(): PdfFonts {
  cached ??= {
    normal: dataUrlBytes(normal),
    bold: dataUrlBytes(bold),
    italics: dataUrlBytes(italics),
    bolditalics: dataUrlBytes(bolditalics),
  };
  return cached;
}
