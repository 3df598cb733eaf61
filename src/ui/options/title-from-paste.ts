// Pasted text's title, by the same rule the compare command applies to a .txt file.
export { splitTitle as titleFromPaste } from '../../engine';
