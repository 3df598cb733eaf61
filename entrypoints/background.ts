// Wiring only: the background will answer the sidebar's messages (issue: the extension).
export default defineBackground(() => {});
