// Types for the two small CommonJS libraries that decode pages as a browser would; neither ships its own.

declare module 'html-encoding-sniffer' {
  /** The HTML Standard's encoding sniffing algorithm: BOM, then the transport layer's label, then a prescan
   *  of the first 1024 bytes for <meta charset>, then `defaultEncoding`. Returns an encoding name. */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}

declare module 'whatwg-mimetype' {
  export class MIMEType {
    /** null for a string that is no MIME type. */
    static parse(text: string): MIMEType | null;
    readonly essence: string;
    readonly parameters: Map<string, string>;
  }
}
