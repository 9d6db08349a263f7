/** Asks for the whole page in full screen (needs a user gesture); a refusal is fine. */
export function requestFullscreenQuietly(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => {
    // Denied or unsupported: present mode still fills the viewport.
  });
}

/** Leaves full screen if the page is in it. */
export function exitFullscreenQuietly(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => {});
  }
}
