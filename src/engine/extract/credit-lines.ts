// Recognises paragraphs that are only a photo credit: they sit inside article bodies but are not part of the
// report, and left in, "Foto: Agentur/Name" would be compared as if it were a sentence.

// "Foto: …", "© …", "(Bild: …)", "Photo credit: …" at the start of a short paragraph.
const CREDIT_PREFIX =
  /^[([]?\s*(?:©|\(c\)|copyright\b|(?:foto|fotos|bild|bilder|bildquelle|fotoquelle|bildnachweis|fotonachweis|photo|photos|photograph|photography|image|images|picture|pictures|credit|credits|photo credit|image credit|grafik|illustration)\s*:)/i;

// "AGENTUR/AGENTUR/NAME": agencies credit pictures in capitals joined by slashes, with no sentence around them.
const CAPITALS_WITH_SLASHES = /^[\p{Lu}\p{N}\s.&'’-]+(?:\/[\p{Lu}\p{N}\s.&'’-]+)+$/u;

const MAX_CREDIT_LENGTH = 160;

/** True when a paragraph's whole text is a picture credit. */
export function isCreditLine(text: string): boolean {
  if (text.length > MAX_CREDIT_LENGTH) return false;
  return CREDIT_PREFIX.test(text) || CAPITALS_WITH_SLASHES.test(text);
}
