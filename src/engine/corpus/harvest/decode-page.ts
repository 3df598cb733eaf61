// The text of an HTML page from its bytes: the charset a server or archive header names, else a byte-order
// mark, else the page's <meta charset>, else UTF-8. An unknown label falls back to UTF-8 rather than refusing.

function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, ''));
  } catch {
    return null;
  }
}

export function charsetOf(contentType: string | null | undefined): string | null {
  return /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

export function decodePage(bytes: Uint8Array, contentType?: string | null): string {
  const fromHeader = decoderFor(charsetOf(contentType));
  if (fromHeader) return fromHeader.decode(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return new TextDecoder('utf-16').decode(bytes);
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i]!);
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
  return (decoderFor(meta) ?? new TextDecoder('utf-8')).decode(bytes);
}

/** Whether a response is a page to extract: HTML by its type, or untyped bytes that open like HTML. */
export function looksLikeHtml(contentType: string | null | undefined, bytes: Uint8Array): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  if (type !== '' && type !== 'application/octet-stream') return false;
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 512); i++) head += String.fromCharCode(bytes[i]!);
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)/i.test(head);
}
