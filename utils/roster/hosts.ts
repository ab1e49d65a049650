/** Which site a host is. Pure: the store's sender policy and the popup both ask it. */

/** zoom.us, zoomgov.com and their subdomains: the hosts the extension reads Zoom from. */
export function isZoomHost(host: string): boolean {
  return /^(?:[a-z0-9-]+\.)*(?:zoom\.us|zoomgov\.com)$/.test(host);
}
