// The part of fontkit (a dependency of pdfkit, which has no types of its own) that the font folder check reads.
declare module "fontkit" {
  /** A font of a file (a collection gives its fonts). */
  interface FontkitFont {
    /** The font's table directory. */
    directory: { tables: Record<string, unknown> };
    /** Whether the font's character map has a glyph for the code point. */
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  /** Reads a font from its bytes; throws for bytes that are no font fontkit reads. */
  export function create(buffer: Uint8Array): FontkitFont | { fonts: FontkitFont[] };
}
