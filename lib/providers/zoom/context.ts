import type { HttpClient } from '../../http/client';
import type { ZoomPaths } from './paths';

/** What every area of the Zoom client needs: the HTTP client and the paths of the connected account. */
export interface ZoomContext {
  http: HttpClient;
  paths(): Promise<ZoomPaths>;
}
